import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { datasetDir } from "../datasets/data-root";
import type { DatasetKey } from "../datasets/dataset-keys";
import { tempPathFor } from "../io/write-file-atomic";
import { DATASET_CATALOGUE } from "../provenance/catalogue";
import type { Provenance } from "../provenance/provenance-schema";
import { writeProvenance } from "../provenance/write-provenance";
import { convertCreditcardArff } from "./arff-to-creditcard";
import { consoleProgress } from "./console-progress";
import { downloadToFile, type DownloadProgress, type FetchLike } from "./download";
import { FetchError } from "./fetch-error";
import { fetchOpenmlDescription } from "./openml-description";
import { DATASET_SOURCES, type DatasetSource, type FileSource, type OpenmlArffSource, type ZipSource } from "./sources";
import { verifyChecksum } from "./verify-checksum";
import { extractZipMembers } from "./zip-members";

export interface FetchDatasetOptions {
  /** HTTP client (default: global fetch); tests pass one bound to a local server. */
  fetch?: FetchLike;
  /** Override the public sources (e.g. a mirror, or a local test server). */
  sources?: Partial<Record<DatasetKey, DatasetSource>>;
  /** Download progress; default: a progress line on stderr. */
  onProgress?: (progress: DownloadProgress & { key: DatasetKey }) => void;
  /** Time allowed to connect and receive response headers, per request (default 30 s). */
  timeoutMs?: number;
}

export interface FetchedFile {
  name: string;
  path: string;
  bytes: number;
  sha256: string;
  /** What the file was verified against. */
  check: string;
}

export interface FetchedDataset {
  key: DatasetKey;
  dir: string;
  url: string;
  files: FetchedFile[];
  provenance: Provenance;
}

/** A verified file waiting in its temp path for the final rename. */
interface Staged {
  temp: string;
  file: FetchedFile;
}

interface Context {
  key: DatasetKey;
  dir: string;
  what: string;
  fetchImpl: FetchLike;
  timeoutMs: number;
  onProgress: (progress: DownloadProgress) => void;
  /** Every temp path created, removed at the end unless renamed into place. */
  temps: string[];
}

function temp(ctx: Context, name: string): string {
  const path = tempPathFor(join(ctx.dir, name));
  ctx.temps.push(path);
  return path;
}

async function stageFile(ctx: Context, source: FileSource): Promise<Staged[]> {
  const path = temp(ctx, source.file);
  const got = await downloadToFile(ctx.fetchImpl, source.url, path, { what: ctx.what, timeoutMs: ctx.timeoutMs, onProgress: ctx.onProgress });
  const check = verifyChecksum(`${ctx.what}: ${source.file}`, got, source.checksum);
  return [{ temp: path, file: { name: source.file, path: join(ctx.dir, source.file), bytes: got.bytes, sha256: got.sha256, check } }];
}

async function stageZip(ctx: Context, source: ZipSource): Promise<Staged[]> {
  const archive = temp(ctx, `${ctx.key}.download.zip`);
  await downloadToFile(ctx.fetchImpl, source.url, archive, { what: ctx.what, timeoutMs: ctx.timeoutMs, onProgress: ctx.onProgress });
  const members = extractZipMembers(await readFile(archive), source.members.map((m) => m.file), ctx.what);
  const staged: Staged[] = [];
  // Verify every member before writing any, so a mismatch leaves nothing behind.
  const verified = source.members.map((member) => {
    const data = members.get(member.file) as Uint8Array;
    const sums = { sha256: createHash("sha256").update(data).digest("hex"), md5: createHash("md5").update(data).digest("hex") };
    return { member, data, sums, check: verifyChecksum(`${ctx.what}: ${member.file}`, sums, member.checksum) };
  });
  for (const { member, data, sums, check } of verified) {
    const path = temp(ctx, member.file);
    await writeFile(path, data);
    staged.push({ temp: path, file: { name: member.file, path: join(ctx.dir, member.file), bytes: data.length, sha256: sums.sha256, check } });
  }
  return staged;
}

async function stageOpenml(ctx: Context, source: OpenmlArffSource): Promise<{ staged: Staged[]; url: string }> {
  const description = await fetchOpenmlDescription(ctx.fetchImpl, source.descriptionUrl, ctx.what, ctx.timeoutMs);
  const arff = temp(ctx, `${ctx.key}.download.arff`);
  const got = await downloadToFile(ctx.fetchImpl, description.url, arff, { what: ctx.what, timeoutMs: ctx.timeoutMs, onProgress: ctx.onProgress });
  const md5Check = verifyChecksum(
    `${ctx.what}: OpenML ARFF`,
    got,
    description.md5 ? { md5: description.md5, origin: "OpenML's published MD5 of its ARFF" } : undefined,
  );
  const csv = temp(ctx, source.file);
  const content = await convertCreditcardArff(arff, csv, ctx.what);
  const expect = source.expect;
  if (content.rows !== expect.rows || content.positives !== expect.positives || Math.abs(content.positiveAmountSum - expect.positiveAmountSum) > 0.005) {
    throw new FetchError(
      "checksum",
      `${ctx.what}: the converted data does not match the published dataset: ${content.rows} rows, ${content.positives} frauds ` +
        `summing to ${content.positiveAmountSum.toFixed(2)}; expected ${expect.rows} rows, ${expect.positives} frauds summing to ` +
        `${expect.positiveAmountSum.toFixed(2)}. Nothing was written.`,
    );
  }
  const bytes = await readFile(csv);
  const check = `${md5Check} for the ARFF; content matches the published totals (${expect.rows} rows, ${expect.positives} frauds, fraud amounts ${expect.positiveAmountSum.toFixed(2)})`;
  return {
    url: description.url,
    staged: [{ temp: csv, file: { name: source.file, path: join(ctx.dir, source.file), bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), check } }],
  };
}

/** Remove `dir` and its parents up to `top` while they are empty, so a failed fetch leaves no trace. */
async function removeEmptyFolders(dir: string, top: string): Promise<void> {
  for (let current = dir; current.length >= top.length; current = dirname(current)) {
    try {
      await rmdir(current);
    } catch {
      return;
    }
    if (current === top) return;
  }
}

/**
 * Download a dataset from its public source into its folder under `dataRoot`, verify it, then move it into place.
 * Everything is downloaded to temp files in that folder and checked (checksums where known, see sources.ts) before
 * any file is renamed; on failure the temp files are removed and the folder is left as it was. PROVENANCE.json is
 * (re)written last with kind "real", so a folder that held a synthetic twin is never mislabelled half-way.
 * Throws FetchError: "offline" (host unreachable), "http", "checksum", "format", or "manual" (M5: needs a Kaggle login).
 */
export async function fetchDataset(key: DatasetKey, dataRoot: string, options: FetchDatasetOptions = {}): Promise<FetchedDataset> {
  const source = options.sources?.[key] ?? DATASET_SOURCES[key];
  const dir = datasetDir(dataRoot, key);
  const entry = DATASET_CATALOGUE[key];
  if (source.kind === "manual") throw new FetchError("manual", `${source.instructions} ${dir}.`);

  const report = options.onProgress;
  const printer = report ? undefined : consoleProgress(`downloading ${key}`);
  const ctx: Context = {
    key,
    dir,
    what: `${key} (${entry.name})`,
    fetchImpl: options.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: options.timeoutMs ?? 30_000,
    onProgress: (progress) => (report ? report({ ...progress, key }) : printer?.(progress)),
    temps: [],
  };
  // The first folder this call creates (undefined if the folder existed): removed again, if empty, on failure.
  const created = await mkdir(dir, { recursive: true });
  let succeeded = false;
  try {
    let staged: Staged[];
    let url: string;
    if (source.kind === "file") {
      staged = await stageFile(ctx, source);
      url = source.url;
    } else if (source.kind === "zip") {
      staged = await stageZip(ctx, source);
      url = source.url;
    } else {
      ({ staged, url } = await stageOpenml(ctx, source));
    }
    for (const s of staged) {
      await rename(s.temp, s.file.path);
      ctx.temps.splice(ctx.temps.indexOf(s.temp), 1);
    }
    const files = staged.map((s) => s.file);
    const retrieved = new Date().toISOString();
    const provenance: Provenance = {
      kind: "real",
      dataset: key,
      name: entry.name,
      citation: entry.citation,
      licence: entry.licence,
      source: url,
      note: `${entry.note} Downloaded from ${url} on ${retrieved.slice(0, 10)}; ${files.map((f) => `${f.name}: ${f.check}`).join("; ")}.`,
      retrieved,
      files: files.map(({ name, bytes, sha256, check }) => ({ name, bytes, sha256, check })),
    };
    await writeProvenance(dir, provenance);
    succeeded = true;
    return { key, dir, url, files, provenance };
  } finally {
    await Promise.all(ctx.temps.map((path) => rm(path, { force: true })));
    if (!succeeded && created !== undefined) await removeEmptyFolders(dir, created);
  }
}
