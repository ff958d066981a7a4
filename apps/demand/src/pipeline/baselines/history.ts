/** Index of the first non-zero value before `end` (days before a product's launch are not demand). */
export function firstSale(y: ArrayLike<number>, end: number): number {
  let t = 0;
  while (t < end && y[t] === 0) t++;
  return t;
}
