import { isPretrainedError, PretrainedError } from "../errors/pretrained-error";
import { fetchModel } from "../fetch/fetch-model";
import type { FetchLike } from "../fetch/download-to-file";
import type { PretrainedModelSpec } from "../registry/model-spec";
import { DEFAULT_IMAGE_MODEL, lookupModel } from "../registry/registry";
import { locateModel, type LocateOptions, type ModelLocation } from "../resolve/locate-model";
import { defaultThreads } from "../runtime/onnx-session";
import { ALLOW_REMOTE_ENV, remoteModelsAllowed } from "../settings/remote-models";
import type { EmbeddingBackend, PretrainedImageEmbedder } from "./image-embedder";
import { createOnnxImageEmbedder } from "./onnx-image-embedder";
import { createTransformersImageEmbedder } from "./transformers-image-embedder";

export interface ImageEmbedderOptions extends LocateOptions {
  /** Registry id or its hub id (default: MobileNetV2 int8). */
  model?: string | PretrainedModelSpec;
  backend?: EmbeddingBackend;
  /** Images per model call (onnxruntime backend). 8 measured best on 2 cores; larger only adds memory. */
  batchSize?: number;
  /** Intra-op threads (default VERTICALS_MODEL_THREADS, else cores - 1, 1..4). */
  threads?: number;
  /** Override VERTICALS_ALLOW_REMOTE_MODELS: download the hub equivalent when the weights are missing. */
  allowRemote?: boolean;
  /** Hub base URL and fetch implementation for that download. */
  hubUrl?: string;
  fetch?: FetchLike;
}

export const DEFAULT_BATCH_SIZE = 8;

/** Local files, else (remote on) the hub equivalent downloaded into the models dir, else a clear error. */
async function ensureModel(options: ImageEmbedderOptions): Promise<ModelLocation> {
  const model = options.model ?? DEFAULT_IMAGE_MODEL;
  try {
    return await locateModel(model, options);
  } catch (error) {
    if (!isPretrainedError(error, "weights-missing")) throw error;
    const { spec, via } = lookupModel(model);
    const allowRemote = options.allowRemote ?? remoteModelsAllowed(options.env);
    if (!allowRemote || !spec.hub) {
      if (via === "hub") {
        throw new PretrainedError(
          "remote-disabled",
          `${spec.hub?.id} is a Hugging Face hub id and remote loading is off (${ALLOW_REMOTE_ENV} is not 1), so nothing was ` +
            `downloaded and no network request was made. ${error.message}`,
          { cause: error },
        );
      }
      throw error;
    }
    await fetchModel(spec, options);
    return locateModel(spec, { ...options, only: "hub-copy" });
  }
}

/**
 * An image embedder for a registry model, loaded from the models directory (never the network unless remote
 * loading is on). Throws PretrainedError ("weights-missing", "remote-disabled", "checksum", "model-format"...);
 * call `modelAvailability()` first to choose between this and the app's own model.
 */
export async function createImageEmbedder(options: ImageEmbedderOptions = {}): Promise<PretrainedImageEmbedder> {
  const location = await ensureModel(options);
  const threads = options.threads ?? defaultThreads(options.env);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new PretrainedError("bad-setting", `batchSize: expected a whole number of at least 1, got ${batchSize}`);
  }
  if ((options.backend ?? "onnxruntime") === "transformers") return createTransformersImageEmbedder(location, { threads });
  return createOnnxImageEmbedder(location, { batchSize, threads });
}
