import type { NpyArray } from "./npy";
import type { NpyData } from "./npy-dtype";

/**
 * The array in C (row-major) order. Fortran-ordered arrays (np.asfortranarray, some MATLAB exports)
 * are transposed into a new buffer; C-ordered ones are returned as they are.
 */
export function toCOrder(array: NpyArray): NpyArray {
  if (!array.fortranOrder || array.shape.length < 2) return { ...array, fortranOrder: false };
  const shape = array.shape;
  const rank = shape.length;
  const source = array.data;
  const target = new (source.constructor as new (n: number) => NpyData)(source.length);
  // Fortran strides: the first axis varies fastest.
  const strides = new Array<number>(rank);
  strides[0] = 1;
  for (let j = 1; j < rank; j++) strides[j] = strides[j - 1]! * shape[j - 1]!;
  const index = new Array<number>(rank).fill(0);
  let from = 0;
  for (let to = 0; to < target.length; to++) {
    (target as { [i: number]: number | bigint })[to] = source[from]!;
    // Advance the C-order counter (last axis fastest) and follow in Fortran offsets.
    for (let j = rank - 1; j >= 0; j--) {
      index[j]!++;
      from += strides[j]!;
      if (index[j]! < shape[j]!) break;
      from -= strides[j]! * shape[j]!;
      index[j] = 0;
    }
  }
  return { dtype: array.dtype, shape: [...shape], fortranOrder: false, data: target };
}
