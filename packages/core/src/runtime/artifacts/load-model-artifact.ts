// Loads an artifact written by saveModelArtifact, checking every file on the way so a missing or corrupt one
// fails with an error naming that file instead of a cryptic tfjs message (or a silently wrong model).
import { promises as fs } from "node:fs";
import path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { CARD_FILE, MODEL_FILE } from "./artifact-layout";
import { parseModelCard, type ModelCard } from "./model-card";

export interface LoadedArtifact {
  /** The tfjs model, when the artifact has one. */
  model?: tf.LayersModel;
  card: ModelCard;
  /** Extra files by name. */
  files: Record<string, Uint8Array>;
}

export interface LoadArtifactOptions {
  /** Skip building the tfjs model (e.g. a dashboard that only shows the card). Default true. */
  loadModel?: boolean;
}

async function readFileNamed(file: string, what: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new Error(`${file}: missing (${what})`);
    throw new Error(`${file}: cannot read (${(error as Error).message})`);
  }
}

async function readJson(file: string, what: string): Promise<unknown> {
  const text = (await readFileNamed(file, what)).toString("utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

const bytesPerElement: Record<string, number> = { float32: 4, int32: 4, bool: 1, uint8: 1, uint16: 2, float16: 2, complex64: 8 };

function expectedBytes(spec: tf.io.WeightsManifestEntry): number {
  const count = spec.shape.reduce((a, b) => a * b, 1);
  const stored = spec.quantization?.dtype ?? spec.dtype;
  const size = bytesPerElement[stored];
  if (size === undefined) throw new Error(`weight "${spec.name}" has unsupported dtype ${stored}`);
  return count * size;
}

export async function loadModelArtifact(dir: string, options: LoadArtifactOptions = {}): Promise<LoadedArtifact> {
  const root = path.resolve(dir);
  const stat = await fs.stat(root).catch(() => undefined);
  if (!stat?.isDirectory()) throw new Error(`${root}: model artifact not found (train the model first)`);
  const cardPath = path.join(root, CARD_FILE);
  const card = parseModelCard(await readJson(cardPath, "every model artifact has a model card"), cardPath);

  const names = (await fs.readdir(root, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  const consumed = new Set([CARD_FILE]);
  let model: tf.LayersModel | undefined;
  if (names.includes(MODEL_FILE)) {
    consumed.add(MODEL_FILE);
    const modelPath = path.join(root, MODEL_FILE);
    const json = (await readJson(modelPath, "tfjs model topology")) as Partial<tf.io.ModelJSON>;
    if (typeof json !== "object" || json === null || !json.modelTopology || !Array.isArray(json.weightsManifest)) {
      throw new Error(`${modelPath}: not a tfjs model.json (needs modelTopology and weightsManifest)`);
    }
    const specs: tf.io.WeightsManifestEntry[] = [];
    const buffers: ArrayBuffer[] = [];
    let expected = 0;
    let found = 0;
    for (const group of json.weightsManifest) {
      specs.push(...group.weights);
      expected += group.weights.reduce((sum, spec) => sum + expectedBytes(spec), 0);
      for (const relative of group.paths) {
        const weightPath = path.resolve(root, relative);
        if (path.dirname(weightPath) !== root) throw new Error(`${modelPath}: weights path "${relative}" points outside the artifact`);
        consumed.add(path.basename(weightPath));
        const bytes = await readFileNamed(weightPath, `weights listed in ${MODEL_FILE}`);
        found += bytes.byteLength;
        buffers.push(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      }
    }
    if (found !== expected) {
      const files = json.weightsManifest.flatMap((g) => g.paths).map((p) => path.join(root, p)).join(", ");
      throw new Error(`${files}: expected ${expected} bytes of weights from ${MODEL_FILE}, found ${found} (truncated or corrupt)`);
    }
    if (options.loadModel !== false) {
      try {
        model = await tf.loadLayersModel(
          tf.io.fromMemory({
            modelTopology: json.modelTopology,
            weightSpecs: specs,
            weightData: tf.io.CompositeArrayBuffer.join(buffers),
            ...(json.trainingConfig ? { trainingConfig: json.trainingConfig } : {}),
            ...(json.userDefinedMetadata ? { userDefinedMetadata: json.userDefinedMetadata } : {}),
          }),
        );
      } catch (error) {
        throw new Error(`${modelPath}: could not rebuild the model (${(error as Error).message})`);
      }
    }
  }

  const files: Record<string, Uint8Array> = {};
  for (const name of names) {
    if (consumed.has(name) || name.startsWith(".")) continue;
    files[name] = new Uint8Array(await readFileNamed(path.join(root, name), "extra artifact file"));
  }
  return { ...(model ? { model } : {}), card, files };
}
