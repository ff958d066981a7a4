/** Why a download did not end with verified files in place. */
export type FetchErrorCode =
  /** The host could not be reached (offline, DNS failure, connection refused, timeout). */
  | "offline"
  /** The server answered with an HTTP error status. */
  | "http"
  /** The bytes do not match the known checksum or the expected content. */
  | "checksum"
  /** The download is not in the expected format (bad archive, missing member, unexpected columns). */
  | "format"
  /** The dataset cannot be downloaded automatically (it needs a login). */
  | "manual";

/** A failed fetch. Nothing was written to the dataset folder when this is thrown. */
export class FetchError extends Error {
  override readonly name = "FetchError";
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
