// Server-side PNGs of a study: the grey image, optionally with the heatmap blended on top in the dashboard's
// inferno colours (so worklist thumbnails show where the model looked without any client code).
import { PNG } from "pngjs";
import { colorAt } from "@verticals/ui";

export interface RenderOptions {
  /** Output side in pixels (nearest-neighbour upscaling of the grey image, bilinear for the heat). */
  size: number;
  heat?: { width: number; height: number; data: ArrayLike<number> };
  /** Heat opacity at full heat (0-1); low heat fades out so the anatomy stays visible. */
  opacity?: number;
}

export function renderStudyPng(grey: { width: number; height: number; data: ArrayLike<number> }, options: RenderOptions): Buffer {
  const size = Math.max(8, Math.min(1024, Math.round(options.size)));
  const png = new PNG({ width: size, height: size });
  const opacity = options.opacity ?? 0.6;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const gx = Math.min(grey.width - 1, Math.floor((x / size) * grey.width));
      const gy = Math.min(grey.height - 1, Math.floor((y / size) * grey.height));
      const v = grey.data[gy * grey.width + gx]!;
      let r = v;
      let g = v;
      let b = v;
      if (options.heat) {
        const h = sampleBilinear(options.heat, ((x + 0.5) / size) * options.heat.width - 0.5, ((y + 0.5) / size) * options.heat.height - 0.5);
        const alpha = opacity * Math.min(1, h * 1.4);
        const [cr, cg, cb] = colorAt(h);
        r = r * (1 - alpha) + cr * alpha;
        g = g * (1 - alpha) + cg * alpha;
        b = b * (1 - alpha) + cb * alpha;
      }
      const i = (y * size + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

function sampleBilinear(grid: { width: number; height: number; data: ArrayLike<number> }, x: number, y: number): number {
  const cx = Math.min(grid.width - 1, Math.max(0, x));
  const cy = Math.min(grid.height - 1, Math.max(0, y));
  const x0 = Math.floor(cx);
  const y0 = Math.floor(cy);
  const x1 = Math.min(grid.width - 1, x0 + 1);
  const y1 = Math.min(grid.height - 1, y0 + 1);
  const fx = cx - x0;
  const fy = cy - y0;
  const at = (xx: number, yy: number) => grid.data[yy * grid.width + xx]!;
  return (at(x0, y0) * (1 - fx) + at(x1, y0) * fx) * (1 - fy) + (at(x0, y1) * (1 - fx) + at(x1, y1) * fx) * fy;
}
