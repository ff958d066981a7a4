// What a saved model was made from: the data files, their provenance, the model-shaping source code and the
// configuration. `train` reuses a saved model only when all of them are unchanged.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { tf } from "@verticals/core";

const pipelineDir = dirname(fileURLToPath(import.meta.url));

export interface Fingerprint {
  /** sha256 of everything below. */
  hash: string;
  data: string;
  code: string;
  config: string;
}

/** The source files that shape the trained model (not the ones that only report, store or display it). */
export const MODEL_SOURCES = [
  "config.ts",
  "dataset.ts",
  "load-data.ts",
  "demand-class.ts",
  "distributions.ts",
  "effects.ts",
  "encoder.ts",
  "features.ts",
  "forecast.ts",
  "gbdt.ts",
  "intervals.ts",
  "model.ts",
  "train.ts",
  "hierarchy.ts",
];

export function fingerprint(files: readonly string[], config: unknown): Fingerprint {
  const hash = createHash("sha256");
  for (const file of files) hash.update(file.split("/").pop() ?? file).update("\0").update(readFileSync(file)).update("\0");
  const provenancePath = join(dirname(files[0]!), "PROVENANCE.json");
  hash.update(existsSync(provenancePath) ? readFileSync(provenancePath) : "no provenance file");
  const data = hash.digest("hex");
  const code = codeHash();
  const configHash = sha256(JSON.stringify({ config, tfjs: tf.version.tfjs }));
  return { hash: sha256([data, code, configHash].join("\n")), data, code, config: configHash };
}

export function codeHash(dir = pipelineDir): string {
  const hash = createHash("sha256");
  const present = new Set(readdirSync(dir));
  for (const name of MODEL_SOURCES.filter((n) => present.has(n))) hash.update(name).update("\0").update(readFileSync(join(dir, name))).update("\0");
  return hash.digest("hex");
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
