// What a saved model was made from: the data file, its provenance, the pipeline's source code and the
// configuration. `train` reuses a saved model only when all of them are unchanged.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
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

export function fingerprint(dataFilePath: string, config: unknown): Fingerprint {
  const data = sha256(readFileSync(dataFilePath));
  const provenancePath = join(dirname(dataFilePath), "PROVENANCE.json");
  const provenance = existsSync(provenancePath) ? sha256(readFileSync(provenancePath)) : "none";
  const code = codeHash();
  const configHash = sha256(Buffer.from(JSON.stringify({ config, tfjs: tf.version.tfjs })));
  const hash = sha256(Buffer.from([data, provenance, code, configHash].join("\n")));
  return { hash, data: `${data}+${provenance}`, code, config: configHash };
}

/** The source files that shape the trained model (not the ones that only report or store it). */
export const MODEL_SOURCES = [
  "augment.ts",
  "baseline.ts",
  "config.ts",
  "dataset.ts",
  "embeddings.ts",
  "ensemble.ts",
  "fit.ts",
  "model.ts",
  "operating-point.ts",
  "preprocess.ts",
  "train.ts",
  "transfer-head.ts",
  "transfer.ts",
];

/** Hash of the model-shaping source files, so a code change retrains. */
export function codeHash(dir = pipelineDir): string {
  const hash = createHash("sha256");
  const present = new Set(readdirSync(dir));
  for (const name of MODEL_SOURCES.filter((n) => present.has(n))) {
    hash.update(name).update("\0").update(readFileSync(join(dir, name))).update("\0");
  }
  return hash.digest("hex");
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
