/** Why a pretrained-model operation failed; apps branch on it (e.g. degrade to their own model). */
export type PretrainedErrorCode =
  /** The model's files are not in the models directory (and remote loading is off). */
  | "weights-missing"
  /** A file is present but its SHA-256 differs from the registry's or the fetched record. */
  | "checksum"
  /** The model id is neither a registry id nor a known hub id. */
  | "unknown-model"
  /** A download was needed but remote loading is off: nothing was sent over the network. */
  | "remote-disabled"
  /** The hub (or mirror) could not be reached. */
  | "offline"
  /** The hub answered with an HTTP error status. */
  | "http"
  /** A setting (environment variable or option) has a value that cannot be used. */
  | "bad-setting"
  /** An input (image, vector, id) has the wrong shape, size or value. */
  | "bad-input"
  /** A model file does not have what the registry promises (an output, a preprocessing step). */
  | "model-format"
  /** An embedding cache or index file on disk is unreadable or belongs to another model. */
  | "store-format";

/** A failure with a stable `code` and a message that says what to do next. */
export class PretrainedError extends Error {
  override readonly name = "PretrainedError";
  constructor(
    readonly code: PretrainedErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isPretrainedError(error: unknown, code?: PretrainedErrorCode): error is PretrainedError {
  return error instanceof PretrainedError && (code === undefined || error.code === code);
}
