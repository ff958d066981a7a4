import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { isPretrainedError, PretrainedError } from "../errors/pretrained-error";
import { formatSha256Sums, SHA256SUMS_FILE } from "../files/sha256sums";
import type { PretrainedModelSpec } from "../registry/model-spec";
import { lookupModel } from "../registry/registry";
import { locateModel } from "../resolve/locate-model";
import { resolveModelsDir, type ModelsDirOptions } from "../settings/models-dir";
import { resolveHubUrl } from "../settings/remote-models";
import { downloadToFile, type DownloadProgress, type FetchLike } from "./download-to-file";

export const FETCH_RECORD_FILE = "SOURCE.json";

export interface FetchModelOptions extends ModelsDirOptions {
  /** Hub base URL (default VERTICALS_MODELS_HUB_URL, else https://huggingface.co). */
  hubUrl?: string;
  fetch?: FetchLike;
  /** Download again even when a verified copy is already there. */
  force?: boolean;
  timeoutMs?: number;
  onProgress?: (progress: DownloadProgress) => void;
}

export interface FetchedFile {
  path: string;
  bytes: number;
  sha256: string;
  /** "pinned": matched the registry's sha256; "recorded": none known, the hash was recorded in SHA256SUMS. */
  check: "pinned" | "recorded";
}

export interface FetchedModel {
  id: string;
  hubId: string;
  dir: string;
  /** Empty when `skipped`. */
  files: FetchedFile[];
  /** A verified copy was already there and `force` was not given. */
  skipped: boolean;
}

/** Hub download URL of one file (the same scheme transformers.js uses). */
export function hubFileUrl(hubUrl: string, hubId: string, revision: string, path: string): string {
  return `${hubUrl}/${hubId}/resolve/${encodeURIComponent(revision)}/${path.split("/").map(encodeURIComponent).join("/")}`;
}

/**
 * Download a registry model's hub equivalent into `<models dir>/<hub id>/` (transformers.js's layout), then
 * it loads offline. Every file lands in a staging folder inside the models dir first and is checked against
 * the registry's sha256 where one is pinned; only when all are good does the folder move into place, with
 * a SHA256SUMS of what was received (later loads verify against it) and a SOURCE.json. On any failure the
 * staging folder is removed: nothing half-written is left.
 */
export async function fetchModel(model: string | PretrainedModelSpec, options: FetchModelOptions = {}): Promise<FetchedModel> {
  const { spec } = lookupModel(model);
  const hub = spec.hub;
  if (!hub) {
    throw new PretrainedError("weights-missing", `${spec.id} has no public download; copy its folder into the models directory by hand.`);
  }
  const models = resolveModelsDir(options);
  const target = join(models.dir, ...hub.id.split("/"));
  if (!options.force) {
    try {
      const found = await locateModel(spec, { modelsDir: models.dir, only: "hub-copy" });
      return { id: spec.id, hubId: hub.id, dir: found.dir, files: [], skipped: true };
    } catch (error) {
      if (!isPretrainedError(error, "weights-missing") && !isPretrainedError(error, "checksum")) throw error;
    }
  }

  const hubUrl = resolveHubUrl(options.hubUrl, options.env);
  await mkdir(models.dir, { recursive: true });
  const staging = await mkdtemp(join(models.dir, `.fetch-${hub.id.replace(/[^\w.-]+/g, "_")}-`));
  try {
    const files: FetchedFile[] = [];
    for (const file of hub.files) {
      const url = hubFileUrl(hubUrl, hub.id, hub.revision, file.path);
      const got = await downloadToFile(url, join(staging, file.path), options);
      if (file.sha256 && got.sha256 !== file.sha256.toLowerCase()) {
        throw new PretrainedError(
          "checksum",
          `${url}: SHA-256 is ${got.sha256}, the registry expects ${file.sha256}. Nothing was written to ${models.dir}.`,
        );
      }
      files.push({ path: file.path, bytes: got.bytes, sha256: got.sha256, check: file.sha256 ? "pinned" : "recorded" });
    }
    await writeFile(join(staging, SHA256SUMS_FILE), formatSha256Sums(new Map(files.map((f) => [f.path, f.sha256]))));
    const record = { registryId: spec.id, hubId: hub.id, revision: hub.revision, hubUrl, fetchedAt: new Date().toISOString(), files };
    await writeFile(join(staging, FETCH_RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
    await commit(staging, target, [...files.map((f) => f.path), SHA256SUMS_FILE, FETCH_RECORD_FILE]);
    return { id: spec.id, hubId: hub.id, dir: target, files, skipped: false };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** A new folder moves into place in one rename; an existing one (--force) is replaced file by file. */
async function commit(staging: string, target: string, paths: readonly string[]): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  if (!existsSync(target)) {
    await rename(staging, target);
    return;
  }
  // SHA256SUMS last: until it is replaced, a half-replaced folder fails verification instead of passing.
  const ordered = [...paths.filter((p) => p !== SHA256SUMS_FILE), SHA256SUMS_FILE];
  for (const path of ordered) {
    await mkdir(dirname(join(target, path)), { recursive: true });
    await rename(join(staging, path), join(target, path));
  }
}
