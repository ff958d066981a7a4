import { createHash } from "node:crypto";
import { open, rm } from "node:fs/promises";
import { FetchError } from "./fetch-error";
import { fetchHeadersWithin } from "./fetch-headers";

export type FetchLike = (input: string, init?: { signal?: AbortSignal }) => Promise<Response>;

export interface DownloadProgress {
  url: string;
  receivedBytes: number;
  /** From Content-Length; undefined when the server does not say. */
  totalBytes: number | undefined;
  done: boolean;
}

export interface Downloaded {
  url: string;
  bytes: number;
  sha256: string;
  md5: string;
}

const NETWORK_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENETUNREACH", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_SOCKET"]);

/** The system error code behind a failed fetch (undici wraps it in `cause`, sometimes in an AggregateError). */
function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    const inner = (current as { errors?: unknown[] }).errors?.[0];
    current = inner ?? (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function offlineError(url: string, error: unknown, what: string): FetchError {
  const code = networkCode(error);
  const host = (() => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  })();
  const reason =
    code === "ENOTFOUND" || code === "EAI_AGAIN"
      ? `the host name ${host} could not be resolved (${code})`
      : code === "ECONNREFUSED"
        ? `${host} refused the connection (ECONNREFUSED)`
        : (error as Error)?.name === "TimeoutError" || code === "ETIMEDOUT" || code === "UND_ERR_CONNECT_TIMEOUT"
          ? `${host} did not answer in time`
          : `${host} could not be reached (${code ?? (error as Error)?.message ?? String(error)})`;
  const offline = code === undefined || NETWORK_CODES.has(code) || (error as Error)?.name === "TimeoutError";
  return new FetchError(
    "offline",
    `Could not download ${what} from ${url}: ${reason}.${offline ? " This machine may be offline, or the site may be down." : ""} ` +
      `Use the synthetic twin instead (\`pnpm verticals data\` generates it), or download the file by hand into the dataset folder.`,
    { cause: error },
  );
}

/** Start a request; network failures become FetchError("offline"), HTTP error statuses FetchError("http"). */
export async function request(fetchImpl: FetchLike, url: string, what: string, timeoutMs: number): Promise<Response> {
  let response: Response;
  try {
    response = await fetchHeadersWithin(fetchImpl, url, timeoutMs);
  } catch (error) {
    throw offlineError(url, error, what);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new FetchError("http", `Could not download ${what}: HTTP ${response.status} ${response.statusText} from ${url}.`);
  }
  return response;
}

/**
 * Stream a URL into `tempPath` (created or truncated), hashing as it goes and reporting progress.
 * On any failure the temp file is removed.
 */
export async function downloadToFile(
  fetchImpl: FetchLike,
  url: string,
  tempPath: string,
  options: { what: string; timeoutMs: number; onProgress?: (progress: DownloadProgress) => void },
): Promise<Downloaded> {
  const response = await request(fetchImpl, url, options.what, options.timeoutMs);
  const lengthHeader = response.headers.get("content-length");
  const totalBytes = lengthHeader !== null && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : undefined;
  const sha256 = createHash("sha256");
  const md5 = createHash("md5");
  let receivedBytes = 0;
  const handle = await open(tempPath, "w");
  try {
    if (!response.body) throw new FetchError("format", `Could not download ${options.what}: empty response from ${url}.`);
    options.onProgress?.({ url, receivedBytes, totalBytes, done: false });
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        sha256.update(chunk);
        md5.update(chunk);
        await handle.write(chunk);
        receivedBytes += chunk.length;
        options.onProgress?.({ url, receivedBytes, totalBytes, done: false });
      }
    } catch (error) {
      if (error instanceof FetchError) throw error;
      throw offlineError(url, error, options.what);
    }
    if (totalBytes !== undefined && receivedBytes !== totalBytes) {
      throw new FetchError("offline", `Download of ${options.what} from ${url} stopped after ${receivedBytes} of ${totalBytes} bytes.`);
    }
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(tempPath, { force: true });
    throw error;
  }
  options.onProgress?.({ url, receivedBytes, totalBytes, done: true });
  return { url, bytes: receivedBytes, sha256: sha256.digest("hex"), md5: md5.digest("hex") };
}
