// Strict decimal parsing. Number() alone would accept "", " ", "0x1f", "Infinity" and "1e", and
// parseFloat() would accept "1.2x": both would let a corrupt cell through as a plausible value.
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * Fast path for the common "-12.345" shape with at most 15 digits: the digits form an exact integer
 * and 10^k is exact, so one IEEE division gives the correctly rounded value, the same as Number().
 * Returns undefined when the text has another shape (exponent, spaces, too many digits, junk).
 */
function parsePlainDecimal(text: string): number | undefined {
  const n = text.length;
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 45 || first === 43) {
    negative = first === 45;
    i = 1;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
    } else if (c === 46 && fraction < 0) {
      fraction = digits;
    } else {
      return undefined;
    }
  }
  if (digits === 0 || digits > 15) return undefined;
  const decimals = fraction < 0 ? 0 : digits - fraction;
  const value = decimals === 0 ? mantissa : mantissa / POWERS_OF_TEN[decimals]!;
  return negative ? -value : value;
}

/** Parse a finite decimal number (surrounding spaces allowed); undefined for anything else. */
export function parseStrictNumber(text: string): number | undefined {
  const fast = parsePlainDecimal(text);
  if (fast !== undefined) return fast;
  const t = text.trim();
  if (!DECIMAL.test(t)) return undefined;
  const value = Number(t);
  // "1e999" matches the pattern but overflows to Infinity.
  return Number.isFinite(value) ? value : undefined;
}

/** Parse an integer; pandas-style "3.0" is accepted because it denotes the integer 3. */
export function parseStrictInteger(text: string): number | undefined {
  const value = parseStrictNumber(text);
  return value !== undefined && Number.isSafeInteger(value) ? value : undefined;
}
