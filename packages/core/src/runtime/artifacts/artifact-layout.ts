// File names inside a model artifact directory:
//   card.json     the model card (always)
//   model.json    tfjs LayersModel topology + weights manifest (when there is a tfjs model)
//   weights.bin   the weights, as listed in model.json's manifest
//   <name>        extra files the app saves alongside (feature lists, scalers, calibration tables ...)

export const CARD_FILE = "card.json";
export const MODEL_FILE = "model.json";
export const WEIGHTS_FILE = "weights.bin";

const reserved = new Set([CARD_FILE, MODEL_FILE, WEIGHTS_FILE]);

/** Extra files are plain names in the artifact directory: no folders, no hidden files, no reserved names. */
export function checkExtraFileName(name: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    throw new Error(`Artifact file name "${name}" is not allowed: use letters, digits, ".", "_" or "-", no folders`);
  }
  if (reserved.has(name)) throw new Error(`Artifact file name "${name}" is reserved for the model itself`);
}
