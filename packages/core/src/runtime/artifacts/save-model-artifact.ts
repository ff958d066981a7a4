// Saves a model, its card and extra files as one directory that appears all at once: everything is written
// into a temp sibling directory, then renamed into place. An existing artifact is moved aside only for the
// instant of the swap and deleted afterwards, so a failed or cancelled save leaves the previous one intact
// (and no temp directory behind).
import { promises as fs } from "node:fs";
import path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { CARD_FILE, MODEL_FILE, WEIGHTS_FILE, checkExtraFileName } from "./artifact-layout";
import { parseModelCard, type ModelCard } from "./model-card";
import { tempSibling } from "./temp-names";
import { writeFileDurable } from "./write-file-atomic";

export interface ModelArtifactInput {
  /** A tfjs model; omit for artifacts that are not neural networks (e.g. a gradient-boosting baseline). */
  model?: tf.LayersModel;
  card: ModelCard;
  files?: Record<string, string | Uint8Array>;
}

export interface SaveArtifactOptions {
  /** Aborting before the final rename discards the new artifact and keeps the old one. */
  signal?: AbortSignal;
}

export interface SavedArtifact {
  dir: string;
  files: string[];
}

export async function saveModelArtifact(dir: string, input: ModelArtifactInput, options: SaveArtifactOptions = {}): Promise<SavedArtifact> {
  const target = path.resolve(dir);
  // Validate everything before touching the disk.
  const card = parseModelCard(input.card, `${path.join(target, CARD_FILE)} (about to be saved)`);
  const extras = Object.entries(input.files ?? {});
  for (const [name, data] of extras) {
    checkExtraFileName(name);
    if (typeof data !== "string" && !(data instanceof Uint8Array)) throw new Error(`Artifact file "${name}": expected a string or Uint8Array`);
  }
  await assertReplaceable(target);

  await fs.mkdir(path.dirname(target), { recursive: true });
  const temp = tempSibling(target, "tmp");
  await fs.mkdir(temp);
  const written: string[] = [];
  const checkAbort = (): void => {
    if (options.signal?.aborted) throw new Error(`Saving ${target} was cancelled; the previous artifact (if any) is unchanged`);
  };
  try {
    checkAbort();
    if (input.model) {
      const { modelJson, weights } = await serialiseModel(input.model);
      await writeFileDurable(path.join(temp, MODEL_FILE), modelJson);
      await writeFileDurable(path.join(temp, WEIGHTS_FILE), weights);
      written.push(MODEL_FILE, WEIGHTS_FILE);
    }
    await writeFileDurable(path.join(temp, CARD_FILE), `${JSON.stringify(card, null, 2)}\n`);
    written.push(CARD_FILE);
    for (const [name, data] of extras) {
      checkAbort();
      await writeFileDurable(path.join(temp, name), data);
      written.push(name);
    }
    checkAbort();
    await swapIntoPlace(temp, target);
  } catch (error) {
    await fs.rm(temp, { recursive: true, force: true });
    throw error;
  }
  return { dir: target, files: written };
}

/** Refuses to replace anything that is not an earlier artifact (or an empty directory): never delete user data. */
async function assertReplaceable(target: string): Promise<void> {
  const stat = await fs.stat(target).catch(() => undefined);
  if (!stat) return;
  if (!stat.isDirectory()) throw new Error(`${target} exists and is not a directory; refusing to replace it with a model artifact`);
  const entries = await fs.readdir(target);
  if (entries.length > 0 && !entries.includes(CARD_FILE)) {
    throw new Error(`${target} exists and holds no ${CARD_FILE}, so it is not a model artifact; refusing to replace it`);
  }
}

async function swapIntoPlace(temp: string, target: string): Promise<void> {
  const exists = await fs.stat(target).then(() => true, () => false);
  if (!exists) {
    await fs.rename(temp, target);
    return;
  }
  const old = tempSibling(target, "old");
  await fs.rename(target, old);
  try {
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rename(old, target);
    throw error;
  }
  await fs.rm(old, { recursive: true, force: true });
}

/** model.json in tfjs's own file format (as tfjs-node's file:// handler writes it), with one weights file. */
async function serialiseModel(model: tf.LayersModel): Promise<{ modelJson: string; weights: Uint8Array }> {
  let captured: tf.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    }),
  );
  if (!captured?.modelTopology || !captured.weightSpecs) throw new Error("tfjs returned no model topology or weights to save");
  const modelJson: tf.io.ModelJSON = {
    modelTopology: captured.modelTopology,
    format: captured.format,
    generatedBy: captured.generatedBy,
    convertedBy: captured.convertedBy ?? null,
    weightsManifest: [{ paths: [WEIGHTS_FILE], weights: captured.weightSpecs }],
    ...(captured.trainingConfig ? { trainingConfig: captured.trainingConfig } : {}),
    ...(captured.userDefinedMetadata ? { userDefinedMetadata: captured.userDefinedMetadata } : {}),
  };
  const buffer = captured.weightData ? tf.io.CompositeArrayBuffer.join(captured.weightData) : new ArrayBuffer(0);
  return { modelJson: `${JSON.stringify(modelJson)}\n`, weights: new Uint8Array(buffer) };
}
