// What a saved model was made from: its data files (and their provenance), the source files that shape it and
// its configuration. `train` reuses a saved model only when the fingerprint is unchanged.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { tf } from "@verticals/core";

const pipelineDir = dirname(fileURLToPath(import.meta.url));

/** Model-shaping sources, relative to src/pipeline (folders are read recursively); config values are hashed separately. */
export const MODEL_SOURCES = {
  failure: ["failure"],
  rul: ["rul"],
} as const;

function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function sourceFiles(entry: string): string[] {
  const path = join(pipelineDir, entry);
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => sourceFiles(join(entry, name)))
    .filter((file) => file.endsWith(".ts"));
}

/** Hash of the source files that shape a model: a code change retrains. */
export function codeHash(model: keyof typeof MODEL_SOURCES): string {
  const hash = createHash("sha256");
  for (const file of MODEL_SOURCES[model].flatMap(sourceFiles)) {
    hash.update(relative(pipelineDir, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

/** Hash of data files plus the PROVENANCE.json next to them (synthetic and real data must not share a model). */
export function dataHash(files: readonly string[]): string {
  const parts = files.map((file) => {
    const provenance = join(dirname(file), "PROVENANCE.json");
    return `${sha256(readFileSync(file))}+${existsSync(provenance) ? sha256(readFileSync(provenance)) : "none"}`;
  });
  return sha256(parts.join("\n"));
}

export interface Fingerprint {
  hash: string;
  data: string;
  code: string;
  config: string;
}

export function fingerprint(model: keyof typeof MODEL_SOURCES, dataFiles: readonly string[], config: unknown, seed: number): Fingerprint {
  const data = dataHash(dataFiles);
  const code = codeHash(model);
  const configHash = sha256(JSON.stringify({ config, seed, tfjs: tf.version.tfjs }));
  return { hash: sha256([data, code, configHash].join("\n")), data, code, config: configHash };
}

/** Short version label shown in the dashboard: "<model>@<first 10 hex of the fingerprint>". */
export const modelVersion = (model: string, fp: Fingerprint): string => `${model}@${fp.hash.slice(0, 10)}`;
