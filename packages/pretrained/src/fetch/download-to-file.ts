import { createHash } from "node:crypto";
import { mkdir, open } from "node:fs/promises";
import { dirname } from "node:path";
import { fetchHeadersWithin } from "@verticals/data";
import { PretrainedError } from "../errors/pretrained-error";

/** The subset of `fetch` used here; tests and proxies can pass their own. */
export type FetchLike = (input: string, init?: { signal?: AbortSignal }) => Promise<Response>;

export interface DownloadProgress {
  url: string;
  path: string;
  receivedBytes: number;
  /** From Content-Length; undefined when the server does not say. */
  totalBytes: number | undefined;
  done: boolean;
}

export interface DownloadedFile {
  url: string;
  bytes: number;
  sha256: string;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The system error code behind a failed fetch (undici wraps it in `cause`). */
function systemCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { errors?: unknown[] }).errors?.[0] ?? (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Stream `url` into `path` (created or truncated), hashing as it goes. Network failures become
 * PretrainedError("offline"), HTTP error statuses "http". The caller owns `path` (a staging file) and
 * removes it on failure.
 */
export async function downloadToFile(
  url: string,
  path: string,
  options: { fetch?: FetchLike; timeoutMs?: number; onProgress?: (progress: DownloadProgress) => void } = {},
): Promise<DownloadedFile> {
  const fetchImpl = options.fetch ?? (globalThis.fetch as FetchLike);
  let response: Response;
  try {
    // The timeout covers connecting and the headers; the body may take as long as it needs.
    response = await fetchHeadersWithin(fetchImpl, url, options.timeoutMs ?? 30_000);
  } catch (error) {
    const code = systemCode(error);
    throw new PretrainedError(
      "offline",
      `Could not download ${url}: ${hostOf(url)} could not be reached (${code ?? (error as Error)?.message ?? String(error)}). ` +
        `This machine may be offline: copy the model folder by hand and point VERTICALS_MODELS_DIR at it.`,
      { cause: error },
    );
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    throw new PretrainedError("http", `Could not download ${url}: HTTP ${response.status} ${response.statusText}.`);
  }
  const length = Number(response.headers.get("content-length"));
  const totalBytes = Number.isFinite(length) && length > 0 ? length : undefined;
  await mkdir(dirname(path), { recursive: true });
  const hash = createHash("sha256");
  const handle = await open(path, "w");
  let receivedBytes = 0;
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      hash.update(chunk);
      await handle.write(chunk);
      receivedBytes += chunk.byteLength;
      options.onProgress?.({ url, path, receivedBytes, totalBytes, done: false });
    }
    await handle.sync();
  } catch (error) {
    throw new PretrainedError("offline", `Download of ${url} broke off after ${receivedBytes} bytes: ${(error as Error)?.message ?? String(error)}`, {
      cause: error,
    });
  } finally {
    await handle.close();
  }
  if (totalBytes !== undefined && receivedBytes !== totalBytes) {
    throw new PretrainedError("http", `Download of ${url} ended after ${receivedBytes} of ${totalBytes} bytes.`);
  }
  options.onProgress?.({ url, path, receivedBytes, totalBytes, done: true });
  return { url, bytes: receivedBytes, sha256: hash.digest("hex") };
}
