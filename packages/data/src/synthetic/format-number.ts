// Number formatting that imitates how each original file prints its values.

// Math bound once at module scope: under jest's vm modules every global lookup is slow (10x in hot loops).
const { round } = Math;
const toNumber = Number;
const toText = String;

/** `digits` decimals, as C-MAPSS prints every column ("0.0000", never "-0.0000"). */
export function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** Rounded to `digits` decimals, then printed in its shortest form ("299", "298.1", "149.62"), as AI4I and ULB print. */
export function rounded(value: number, digits: number): string {
  const factor = 10 ** digits;
  const r = round(value * factor) / factor;
  return toText(r === 0 ? 0 : r);
}

/** 15 significant digits in shortest form, as R/pandas exports of the ULB PCA components print them. */
export function significant15(value: number): string {
  const r = toNumber(value.toPrecision(15));
  return toText(r === 0 ? 0 : r);
}
