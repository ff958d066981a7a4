import { remoteModelsAllowed } from "../settings/remote-models";
import { resolveModelsDir, type ModelsDirOptions } from "../settings/models-dir";
import { processSingleton } from "./process-singleton";

type TransformersModule = typeof import("@huggingface/transformers");

export interface TransformersSettings extends ModelsDirOptions {
  /** Override VERTICALS_ALLOW_REMOTE_MODELS. */
  allowRemote?: boolean;
  /** The models folder to load from (default: the first search dir of the models directory). */
  localModelPath?: string;
}

/**
 * Point transformers.js's global `env` at our settings: local models from the models directory, remote
 * loading only when VERTICALS_ALLOW_REMOTE_MODELS=1, and downloads cached into the models directory in the
 * hub layout (so a download made once is then found offline).
 */
export function configureTransformersEnv(transformers: TransformersModule, settings: TransformersSettings = {}): void {
  const models = resolveModelsDir(settings);
  const env = transformers.env;
  const allowRemote = settings.allowRemote ?? remoteModelsAllowed(settings.env);
  env.allowLocalModels = true;
  env.allowRemoteModels = allowRemote;
  env.localModelPath = withSlash(settings.localModelPath ?? models.searchDirs[0] ?? models.dir);
  env.useFSCache = allowRemote;
  env.cacheDir = withSlash(models.dir);
  env.logLevel = transformers.LogLevel.ERROR;
}

function withSlash(path: string): string {
  return path.endsWith("/") ? path : `${path}/`;
}

/**
 * transformers.js, imported once per process on first use and configured from the settings. It pulls in
 * onnxruntime-node and sharp: list `@huggingface/transformers` and `onnxruntime-node` in Next.js's
 * `serverExternalPackages`.
 */
export async function loadTransformers(settings: TransformersSettings = {}): Promise<TransformersModule> {
  const transformers = await processSingleton("transformers:module", () => import("@huggingface/transformers"));
  configureTransformersEnv(transformers, settings);
  return transformers;
}
