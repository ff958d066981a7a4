// Pixel work for HeatmapOverlay, kept pure (no DOM) so it is testable and reusable on the server.

export interface GreyImage {
  width: number;
  height: number;
  /** Row-major intensities 0-255 (or 0-1 floats when `scale` says so). */
  data: ArrayLike<number>;
}

export interface HeatGrid {
  width: number;
  height: number;
  /** Row-major heat values, any range (normalised with `domain`). */
  data: ArrayLike<number>;
}

/** Inferno colour stops (matplotlib): dark purple for low heat through red to pale yellow for high. */
export const INFERNO: ReadonlyArray<readonly [number, number, number]> = [
  [0, 0, 4],
  [40, 11, 84],
  [101, 21, 110],
  [159, 42, 99],
  [212, 72, 66],
  [245, 125, 21],
  [250, 193, 39],
  [252, 255, 164],
];

export function checkGrid(kind: string, grid: { width: number; height: number; data: ArrayLike<number> }): void {
  if (!Number.isInteger(grid.width) || !Number.isInteger(grid.height) || grid.width < 1 || grid.height < 1) {
    throw new Error(`HeatmapOverlay: ${kind} width and height must be positive integers, got ${grid.width}x${grid.height}`);
  }
  if (grid.data.length !== grid.width * grid.height) {
    throw new Error(`HeatmapOverlay: ${kind}.data has ${grid.data.length} values, expected ${grid.width}x${grid.height} = ${grid.width * grid.height}`);
  }
}

/** Colour of t in [0, 1] on a list of evenly spaced stops (linear interpolation). */
export function colorAt(t: number, stops: ReadonlyArray<readonly [number, number, number]> = INFERNO): [number, number, number] {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const a = stops[i]!;
  const b = stops[i + 1]!;
  return [Math.round(a[0] + (b[0] - a[0]) * f), Math.round(a[1] + (b[1] - a[1]) * f), Math.round(a[2] + (b[2] - a[2]) * f)];
}

/** CSS gradient matching the colormap, for the colour bar. */
export function colormapGradient(stops: ReadonlyArray<readonly [number, number, number]> = INFERNO): string {
  return `linear-gradient(to right, ${stops.map((s, i) => `rgb(${s[0]}, ${s[1]}, ${s[2]}) ${((i / (stops.length - 1)) * 100).toFixed(1)}%`).join(", ")})`;
}

/** Greyscale intensities to opaque RGBA. Values above 1 are read as 0-255, otherwise as 0-1 floats. */
export function greyToRGBA(image: GreyImage): Uint8ClampedArray {
  checkGrid("image", image);
  let max = 0;
  for (let i = 0; i < image.data.length; i++) max = Math.max(max, image.data[i]!);
  const scale = max <= 1 ? 255 : 1;
  const out = new Uint8ClampedArray(image.data.length * 4);
  for (let i = 0; i < image.data.length; i++) {
    const v = image.data[i]! * scale;
    out[i * 4] = v;
    out[i * 4 + 1] = v;
    out[i * 4 + 2] = v;
    out[i * 4 + 3] = 255;
  }
  return out;
}

/** Range of the finite values of a grid; a flat grid maps to [v, v + 1]. */
export function heatDomain(heat: HeatGrid): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < heat.data.length; i++) {
    const v = heat.data[i]!;
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo === Infinity) return [0, 1];
  return hi > lo ? [lo, hi] : [lo, lo + 1];
}

/**
 * Heat values to RGBA through the colormap. Alpha grows with the heat, so cold regions leave the
 * image visible and only the hot ones are tinted; overall strength is the overlay's CSS opacity.
 */
export function heatToRGBA(heat: HeatGrid, domain: [number, number] = heatDomain(heat)): Uint8ClampedArray {
  checkGrid("heat", heat);
  const [lo, hi] = domain;
  const span = hi - lo || 1;
  const out = new Uint8ClampedArray(heat.data.length * 4);
  for (let i = 0; i < heat.data.length; i++) {
    const t = Math.min(1, Math.max(0, (heat.data[i]! - lo) / span));
    const [r, g, b] = colorAt(t);
    out[i * 4] = r;
    out[i * 4 + 1] = g;
    out[i * 4 + 2] = b;
    out[i * 4 + 3] = Number.isFinite(heat.data[i]!) ? Math.round(255 * Math.sqrt(t)) : 0;
  }
  return out;
}
