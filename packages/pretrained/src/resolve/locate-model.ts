import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PretrainedError } from "../errors/pretrained-error";
import { sha256File } from "../files/sha256-file";
import { parseSha256Sums, SHA256SUMS_FILE } from "../files/sha256sums";
import type { ModelFileSpec, PretrainedModelSpec } from "../registry/model-spec";
import { lookupModel } from "../registry/registry";
import { resolveModelsDir, type ModelsDir, type ModelsDirOptions } from "../settings/models-dir";
import { missingWeightsError, type LookedAt } from "./missing-weights-error";

/** Which copy of a registry model was found. */
export type ModelVariant = "curated" | "hub-copy";

export interface ModelLocation {
  spec: PretrainedModelSpec;
  variant: ModelVariant;
  /** The model folder (curated: `<models>/<id>`, hub copy: `<models>/<hub id>`). */
  dir: string;
  /** The models folder holding `dir` (transformers.js's `env.localModelPath`). */
  root: string;
  /** The id to load it by from `root`: the registry id, or the hub id for a hub copy. */
  loadId: string;
  onnxPath: string;
  modelsDir: ModelsDir;
  /** Identifies the exact weights; part of every embedding-cache key. */
  weightsSha256: string;
  /** What the files were checked against: the registry's pins, the record `models fetch` wrote, or nothing. */
  verifiedAgainst: "registry" | "fetch-record" | "none";
}

export interface LocateOptions extends ModelsDirOptions {
  /** Hash the files against the known checksums (default true; memoised per file size and mtime). */
  verify?: boolean;
  /** Only this copy (e.g. "hub-copy" after a fetch). Asking by hub id implies "hub-copy". */
  only?: ModelVariant;
}

interface Candidate {
  variant: ModelVariant;
  root: string;
  dir: string;
  files: readonly ModelFileSpec[];
}

function candidatesFor(spec: PretrainedModelSpec, only: ModelVariant | undefined, models: ModelsDir): Candidate[] {
  const curated = models.searchDirs.map(
    (root): Candidate => ({ variant: "curated", root, dir: join(root, spec.id), files: spec.files }),
  );
  const hubSpec = spec.hub;
  const hub = hubSpec
    ? models.searchDirs.map(
        (root): Candidate => ({ variant: "hub-copy", root, dir: join(root, ...hubSpec.id.split("/")), files: hubSpec.files }),
      )
    : [];
  if (only === "hub-copy") return hub;
  if (only === "curated") return curated;
  return [...curated, ...hub];
}

function readFetchRecord(dir: string): Map<string, string> | undefined {
  const path = join(dir, SHA256SUMS_FILE);
  if (!existsSync(path)) return undefined;
  return parseSha256Sums(readFileSync(path, "utf8"), path);
}

async function verifyFiles(candidate: Candidate, verify: boolean): Promise<ModelLocation["verifiedAgainst"]> {
  const record = candidate.variant === "hub-copy" ? readFetchRecord(candidate.dir) : undefined;
  let against: ModelLocation["verifiedAgainst"] = "none";
  for (const file of candidate.files) {
    const expected = file.sha256 ?? record?.get(file.path);
    if (!verify || !expected) continue;
    const path = join(candidate.dir, file.path);
    const actual = await sha256File(path);
    if (actual !== expected.toLowerCase()) {
      throw new PretrainedError(
        "checksum",
        `${path}: SHA-256 is ${actual}, expected ${expected} (${file.sha256 ? "registry" : SHA256SUMS_FILE + " written by models fetch"}). ` +
          `The file is damaged or a different model: replace the folder (copy it again, or run models fetch --force).`,
      );
    }
    if (against !== "registry") against = file.sha256 ? "registry" : "fetch-record";
  }
  return against;
}

/**
 * Find a registry model's files in the models directory: the curated folder first, then a hub copy left
 * by `models fetch`. Throws "weights-missing" (with how to get them) or "checksum". Never uses the network.
 */
export async function locateModel(model: string | PretrainedModelSpec, options: LocateOptions = {}): Promise<ModelLocation> {
  const { spec, via } = lookupModel(model);
  const models = resolveModelsDir(options);
  const lookedAt: LookedAt[] = [];
  // Asking for the hub id means that model specifically, never the curated folder in its place.
  const only = options.only ?? (via === "hub" ? "hub-copy" : undefined);
  for (const candidate of candidatesFor(spec, only, models)) {
    const missing = candidate.files.map((f) => f.path).filter((path) => !existsSync(join(candidate.dir, path)));
    lookedAt.push({ dir: candidate.dir, missing });
    if (missing.length > 0) continue;
    const against = await verifyFiles(candidate, options.verify ?? true);
    const onnxPath = join(candidate.dir, spec.onnxFile);
    return {
      spec,
      variant: candidate.variant,
      dir: candidate.dir,
      root: candidate.root,
      loadId: candidate.variant === "curated" ? spec.id : (spec.hub?.id ?? spec.id),
      onnxPath,
      modelsDir: models,
      weightsSha256: await sha256File(onnxPath),
      verifiedAgainst: against,
    };
  }
  throw missingWeightsError(spec, models, lookedAt);
}
