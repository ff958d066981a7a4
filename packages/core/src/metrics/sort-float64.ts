// In-place ascending sort of a Float64Array by LSD radix sort on the IEEE-754 bits: O(n), about
// 5-10x faster than the built-in comparison sort for 1e6 scores, which is what makes ROC-AUC on a
// million rows take tens of milliseconds. Values must not be NaN (callers validate first).
// The bits are mapped to unsigned keys that order like the numbers: flip the sign bit of
// positives, flip every bit of negatives. -0 sorts just before +0; they compare equal anyway.

const SMALL = 2048; // below this the built-in sort is as fast
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function sortFloat64(values: Float64Array): void {
  const n = values.length;
  if (n < SMALL || !littleEndian) {
    values.sort();
    return;
  }
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + 1]!;
    if (h & 0x80000000) {
      hi[i] = ~h >>> 0;
      lo[i] = ~words[2 * i]! >>> 0;
    } else {
      hi[i] = (h | 0x80000000) >>> 0;
      lo[i] = words[2 * i]!;
    }
  }
  // Four 16-bit digits, least significant first; one counting pass builds all four histograms.
  const counts = new Uint32Array(4 * 65536);
  for (let i = 0; i < n; i++) {
    const l = lo[i]!;
    const h = hi[i]!;
    counts[l & 0xffff]!++;
    counts[65536 + (l >>> 16)]!++;
    counts[131072 + (h & 0xffff)]!++;
    counts[196608 + (h >>> 16)]!++;
  }
  let tmpLo = new Uint32Array(n);
  let tmpHi = new Uint32Array(n);
  for (let digit = 0; digit < 4; digit++) {
    const offset = digit * 65536;
    const fromHi = digit >= 2;
    const shift = digit % 2 === 0 ? 0 : 16;
    // Skip a digit every key shares (e.g. the exponent bits of probabilities in a narrow range).
    let skip = false;
    let sum = 0;
    for (let b = 0; b < 65536; b++) {
      const c = counts[offset + b]!;
      if (c === n) skip = true;
      counts[offset + b] = sum;
      sum += c;
    }
    if (skip) continue;
    for (let i = 0; i < n; i++) {
      const key = fromHi ? hi[i]! : lo[i]!;
      const bucket = offset + ((key >>> shift) & 0xffff);
      const at = counts[bucket]!++;
      tmpLo[at] = lo[i]!;
      tmpHi[at] = hi[i]!;
    }
    [lo, tmpLo] = [tmpLo, lo];
    [hi, tmpHi] = [tmpHi, hi];
  }
  for (let i = 0; i < n; i++) {
    const h = hi[i]!;
    if (h & 0x80000000) {
      words[2 * i + 1] = (h & 0x7fffffff) >>> 0;
      words[2 * i] = lo[i]!;
    } else {
      words[2 * i + 1] = ~h >>> 0;
      words[2 * i] = ~lo[i]! >>> 0;
    }
  }
}
