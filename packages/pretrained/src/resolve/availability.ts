import { isPretrainedError, PretrainedError } from "../errors/pretrained-error";
import type { PretrainedModelSpec } from "../registry/model-spec";
import { DEFAULT_IMAGE_MODEL, lookupModel } from "../registry/registry";
import { remoteModelsAllowed } from "../settings/remote-models";
import { locateModel, type LocateOptions, type ModelLocation } from "./locate-model";

/**
 * ready: files present and verified. downloadable: missing, but remote loading is on, so the first use
 * downloads them (which can still fail offline). missing / corrupt / unknown-model / bad-setting: unusable.
 */
export type AvailabilityStatus = "ready" | "downloadable" | "missing" | "corrupt" | "unknown-model" | "bad-setting";

export interface ModelAvailability {
  model: string;
  status: AvailabilityStatus;
  /** True for ready and downloadable: worth trying; otherwise use the app's own model. */
  available: boolean;
  location?: ModelLocation;
  /** Why it is not ready, with how to fix it (the error's message). */
  reason?: string;
  error?: PretrainedError;
}

const STATUS_BY_CODE: Partial<Record<PretrainedError["code"], AvailabilityStatus>> = {
  "weights-missing": "missing",
  checksum: "corrupt",
  "unknown-model": "unknown-model",
  "bad-setting": "bad-setting",
};

/**
 * Can this model be used here? Never throws and never touches the network, so a page or a CLI command
 * can call it up front and pick the pretrained path or the app's own model.
 */
export async function modelAvailability(
  model: string | PretrainedModelSpec = DEFAULT_IMAGE_MODEL,
  options: LocateOptions = {},
): Promise<ModelAvailability> {
  const name = typeof model === "string" ? model : model.id;
  try {
    const location = await locateModel(model, options);
    return { model: name, status: "ready", available: true, location };
  } catch (error) {
    if (!isPretrainedError(error)) {
      const wrapped = new PretrainedError("store-format", `Could not check ${name}: ${(error as Error)?.message ?? String(error)}`, {
        cause: error,
      });
      return { model: name, status: "corrupt", available: false, reason: wrapped.message, error: wrapped };
    }
    let status = STATUS_BY_CODE[error.code] ?? "corrupt";
    if (status === "missing") {
      try {
        if (remoteModelsAllowed(options.env) && lookupModel(model).spec.hub) status = "downloadable";
      } catch (settingError) {
        if (isPretrainedError(settingError)) {
          return { model: name, status: "bad-setting", available: false, reason: settingError.message, error: settingError };
        }
        throw settingError;
      }
    }
    return { model: name, status, available: status === "downloadable", reason: error.message, error };
  }
}
