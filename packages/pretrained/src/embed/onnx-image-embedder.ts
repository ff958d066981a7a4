import { join } from "node:path";
import type { InferenceSession } from "onnxruntime-node";
import { PretrainedError } from "../errors/pretrained-error";
import { PixelValuesPlan } from "../preprocess/pixel-values-plan";
import type { PixelImage } from "../preprocess/pixel-image";
import { PREPROCESSOR_CONFIG_FILE, readPreprocessorConfig, samePreprocessing } from "../preprocess/preprocessor-config";
import type { ModelLocation } from "../resolve/locate-model";
import { loadOnnxRuntime, onnxSession } from "../runtime/onnx-session";
import { modelKeyOf, rowsOf, type EmbedOptions, type PretrainedImageEmbedder } from "./image-embedder";

function checkSession(session: InferenceSession, location: ModelLocation): void {
  const { spec } = location;
  if (!session.inputNames.includes(spec.inputName)) {
    throw new PretrainedError(
      "model-format",
      `${location.onnxPath}: expected an input ${JSON.stringify(spec.inputName)}, the model has ${JSON.stringify(session.inputNames)}`,
    );
  }
  if (!session.outputNames.includes(spec.outputName)) {
    throw new PretrainedError(
      "model-format",
      `${location.onnxPath}: expected an output ${JSON.stringify(spec.outputName)} (the pooled ${spec.embeddingDim}-d embedding), ` +
        `the model has only ${JSON.stringify(session.outputNames)}. Class scores are not an embedding: use the curated ` +
        `${spec.id} folder (VERTICALS_MODELS_DIR), which exposes it.`,
    );
  }
}

/** Embedder over onnxruntime-node with Pillow-exact preprocessing, batched, the next batch prepared while one runs. */
export async function createOnnxImageEmbedder(
  location: ModelLocation,
  settings: { batchSize: number; threads: number },
): Promise<PretrainedImageEmbedder> {
  const { spec } = location;
  const configPath = join(location.dir, PREPROCESSOR_CONFIG_FILE);
  const facts = await readPreprocessorConfig(configPath);
  if (location.variant === "curated" && !samePreprocessing(facts, spec.preprocessing)) {
    throw new PretrainedError(
      "model-format",
      `${configPath} no longer matches the registry's preprocessing for ${spec.id} (${JSON.stringify(spec.preprocessing)})`,
    );
  }
  const [ort, session] = await Promise.all([loadOnnxRuntime(), onnxSession(location.onnxPath, settings.threads)]);
  checkSession(session, location);
  const plan = new PixelValuesPlan(facts);
  const { batchSize } = settings;
  const dim = spec.embeddingDim;
  const perImage = plan.valuesPerImage;
  // Two input buffers: one is being run while the other is filled.
  const buffers = [new Float32Array(batchSize * perImage), new Float32Array(batchSize * perImage)];

  function prepare(images: readonly PixelImage[], start: number, buffer: Float32Array) {
    const count = Math.min(batchSize, images.length - start);
    for (let i = 0; i < count; i++) plan.write(images[start + i]!, buffer, i * perImage, start + i);
    const input = new ort.Tensor("float32", buffer.subarray(0, count * perImage), [count, 3, facts.cropHeight, facts.cropWidth]);
    return { count, input };
  }

  async function embedNow(images: readonly PixelImage[], options: EmbedOptions): Promise<Float32Array[]> {
    const out = new Float32Array(images.length * dim);
    let start = 0;
    let turn = 0;
    let next = images.length > 0 ? prepare(images, 0, buffers[0]!) : undefined;
    while (next) {
      const current = next;
      const running = session.run({ [spec.inputName]: current.input }, [spec.outputName]);
      const after = start + current.count;
      turn ^= 1;
      next = after < images.length ? prepare(images, after, buffers[turn]!) : undefined;
      const result = (await running)[spec.outputName]!;
      if (result.dims.length !== 2 || result.dims[0] !== current.count || result.dims[1] !== dim) {
        throw new PretrainedError(
          "model-format",
          `${location.onnxPath}: output ${spec.outputName} has shape [${result.dims.join(", ")}], expected [${current.count}, ${dim}]`,
        );
      }
      out.set(result.data as Float32Array, start * dim);
      start = after;
      options.onProgress?.({ done: after, total: images.length });
    }
    return rowsOf(out, images.length, dim);
  }

  // One call at a time per embedder: concurrent requests (a Next.js server) would otherwise share the input buffers.
  let queue: Promise<unknown> = Promise.resolve();
  function embed(images: readonly PixelImage[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    const run = queue.then(() => embedNow(images, options));
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    modelId: spec.id,
    modelKey: modelKeyOf(location, "onnxruntime"),
    dim,
    backend: "onnxruntime",
    location,
    batchSize,
    threads: settings.threads,
    embed,
  };
}
