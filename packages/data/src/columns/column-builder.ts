type NumericArray = Float64Array | Float32Array | Int32Array | Uint8Array | Int16Array | Uint16Array;
type NumericArrayConstructor<T extends NumericArray> = new (length: number) => T;

/**
 * Append-only typed column for streamed rows whose count is unknown up front. Start from an
 * estimate (file size / first row length) so growth copies are rare; `finish()` trims to length.
 */
export class ColumnBuilder<T extends NumericArray> {
  private data: T;
  length = 0;

  constructor(
    private readonly Kind: NumericArrayConstructor<T>,
    capacity = 1024,
  ) {
    this.data = new Kind(Math.max(16, Math.ceil(capacity)));
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Append a whole block (e.g. one M5 series of N days) at once. */
  reserve(extra: number): T {
    if (this.length + extra > this.data.length) this.grow(this.length + extra);
    return this.data;
  }

  private grow(minimum: number): void {
    const next = new this.Kind(Math.max(minimum, Math.ceil(this.data.length * 1.5)));
    next.set(this.data as never);
    this.data = next;
  }

  /** The filled part; a copy only when capacity overshot by more than 1/8 (else a view). */
  finish(): T {
    if (this.length === this.data.length) return this.data;
    const view = this.data.subarray(0, this.length) as T;
    return this.length * 8 >= this.data.length * 7 ? view : (view.slice() as T);
  }
}

/** Rows expected in a file of `fileBytes`, from a sample row of `rowBytes` (+10% slack). */
export function estimateRows(fileBytes: number, rowBytes: number): number {
  return Math.ceil((fileBytes / Math.max(1, rowBytes)) * 1.1) + 16;
}
