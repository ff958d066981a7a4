// ROC and PR curves computed on tens of thousands of scores have as many points; the eye needs a few hundred.

export interface CurvePoint {
  x: number;
  y: number;
}

/**
 * Drop points closer than `minStep` (Manhattan distance in unit-square coordinates) to the last kept
 * point. The first and last points are always kept, so the curve's ends (and its area) stay put.
 */
export function thinCurve(points: ReadonlyArray<CurvePoint>, minStep = 0.004): CurvePoint[] {
  if (points.length <= 2) return points.slice();
  const kept: CurvePoint[] = [points[0]!];
  let last = points[0]!;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i]!;
    if (Math.abs(p.x - last.x) + Math.abs(p.y - last.y) >= minStep) {
      kept.push(p);
      last = p;
    }
  }
  kept.push(points[points.length - 1]!);
  return kept;
}
