// A model is up to date when nothing that shaped it changed: the data file, this pipeline's code, the settings
// (seed, costs, block level, hyperparameters) and the tfjs version. Their hash is the model version.
import { tf } from "@verticals/core";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sha256File } from "./artifact";

const PIPELINE_DIR = path.dirname(fileURLToPath(import.meta.url));

export interface FingerprintInput {
  dataFile: string;
  settings: Record<string, unknown>;
}

/** Hash of every .ts file of src/pipeline, in name order. */
export async function pipelineCodeHash(dir = PIPELINE_DIR): Promise<string> {
  const hash = createHash("sha256");
  const names = (await readdir(dir)).filter((name) => name.endsWith(".ts")).sort();
  for (const name of names) hash.update(name).update("\0").update(await readFile(path.join(dir, name))).update("\0");
  return hash.digest("hex");
}

export async function fingerprint(input: FingerprintInput): Promise<{ fingerprint: string; dataSha256: string; codeSha256: string }> {
  const [dataSha256, codeSha256] = await Promise.all([sha256File(input.dataFile), pipelineCodeHash()]);
  const hash = createHash("sha256")
    .update(JSON.stringify({ dataSha256, codeSha256, settings: input.settings, tfjs: tf.version.tfjs }))
    .digest("hex");
  return { fingerprint: hash, dataSha256, codeSha256 };
}

/** The short model version shown everywhere: "fraud-" and 10 hex digits of the fingerprint. */
export const versionOf = (fingerprintHex: string) => `fraud-${fingerprintHex.slice(0, 10)}`;
