// @verticals/pretrained: pretrained models read offline from a models directory. Registry with pinned
// checksums, verified fetch, availability checks for graceful fallback, image embeddings (onnxruntime-node,
// Pillow-exact preprocessing), an on-disk embedding cache and exact cosine nearest neighbours.
// Importing this module loads neither onnxruntime nor transformers.js: they load on first use.

// --- errors and settings
export { PretrainedError, isPretrainedError, type PretrainedErrorCode } from "./errors/pretrained-error";
export {
  resolveModelsDir,
  describeModelsDir,
  MODELS_DIR_ENV,
  type ModelsDir,
  type ModelsDirOptions,
  type ModelsDirSource,
} from "./settings/models-dir";
export { remoteModelsAllowed, resolveHubUrl, ALLOW_REMOTE_ENV, HUB_URL_ENV, DEFAULT_HUB_URL } from "./settings/remote-models";
export type { SettingsEnv } from "./settings/settings-env";

// --- registry, location, availability
export type { PretrainedModelSpec, ModelFileSpec, HubEquivalent, ImagePreprocessingFacts } from "./registry/model-spec";
export { MODEL_REGISTRY, DEFAULT_IMAGE_MODEL, lookupModel, type ModelLookup } from "./registry/registry";
export { MOBILENET_V2_INT8 } from "./registry/mobilenet-v2";
export { locateModel, type ModelLocation, type ModelVariant, type LocateOptions } from "./resolve/locate-model";
export { modelAvailability, type ModelAvailability, type AvailabilityStatus } from "./resolve/availability";
export { sha256File } from "./files/sha256-file";
export { parseSha256Sums, formatSha256Sums, SHA256SUMS_FILE } from "./files/sha256sums";

// --- fetch
export {
  fetchModel,
  hubFileUrl,
  FETCH_RECORD_FILE,
  type FetchModelOptions,
  type FetchedModel,
  type FetchedFile,
} from "./fetch/fetch-model";
export type { FetchLike, DownloadProgress } from "./fetch/download-to-file";
export { runModelsCli } from "./cli/models-cli";

// --- images and embeddings
export { checkPixelImage, splitImages, type PixelImage } from "./preprocess/pixel-image";
export { PixelValuesPlan } from "./preprocess/pixel-values-plan";
export { parsePreprocessorConfig, readPreprocessorConfig, PREPROCESSOR_CONFIG_FILE } from "./preprocess/preprocessor-config";
export {
  modelKeyOf,
  PREPROCESSING_VERSION,
  type ImageEmbedder,
  type PretrainedImageEmbedder,
  type EmbeddingBackend,
  type EmbedOptions,
  type EmbedProgress,
} from "./embed/image-embedder";
export { createImageEmbedder, DEFAULT_BATCH_SIZE, type ImageEmbedderOptions } from "./embed/create-image-embedder";
export { defaultThreads, THREADS_ENV } from "./runtime/onnx-session";
export { loadTransformers, configureTransformersEnv, type TransformersSettings } from "./runtime/transformers-env";

// --- cache and similar cases
export { imageKey } from "./cache/image-key";
export { EmbeddingCache, cacheFolderName, type EmbeddingCacheOptions } from "./cache/embedding-cache";
export { embedCached, type EmbedCachedOptions, type EmbedCachedResult } from "./cache/embed-cached";
export { NearestNeighbourIndex, type Neighbour, type NeighbourFilter } from "./similar/nearest-index";
export { topK } from "./similar/top-k";
