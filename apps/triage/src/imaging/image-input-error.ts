// A problem with an uploaded file that the sender can fix: the API answers it with its HTTP status (4xx) and
// this message, never with a 500.

export type ImageInputErrorCode =
  | "EMPTY_FILE"
  | "FILE_TOO_LARGE"
  | "UNSUPPORTED_TYPE"
  | "CORRUPT_IMAGE"
  | "IMAGE_TOO_LARGE"
  | "UNSUPPORTED_DICOM"
  | "CANNOT_DEIDENTIFY";

const STATUS: Record<ImageInputErrorCode, 400 | 413 | 415 | 422> = {
  EMPTY_FILE: 400,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_TYPE: 415,
  CORRUPT_IMAGE: 422,
  IMAGE_TOO_LARGE: 413,
  UNSUPPORTED_DICOM: 415,
  CANNOT_DEIDENTIFY: 422,
};

export class ImageInputError extends Error {
  override name = "ImageInputError";
  readonly status: 400 | 413 | 415 | 422;
  constructor(
    readonly code: ImageInputErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.status = STATUS[code];
  }
}
