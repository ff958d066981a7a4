// A 28x28 placeholder "chest X-ray" (two dark lung fields, brighter ribs and spine) and a coarse
// 7x7 heat grid peaking over the lower right lung, shaped like what Grad-CAM returns.
import { normal, seededRandom } from "./random";

export function placeholderXray(seed: number, size = 28) {
  const gauss = normal(seededRandom(seed));
  const pixels: number[] = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const u = x / (size - 1) - 0.5;
      const v = y / (size - 1) - 0.5;
      const body = Math.exp(-((u / 0.48) ** 6) - ((v / 0.55) ** 6));
      const lung = (cx: number) => Math.exp(-(((u - cx) / 0.17) ** 2) - (((v - 0.02) / 0.3) ** 2));
      const ribs = 0.12 * Math.max(0, Math.sin(v * 40));
      const spine = Math.exp(-((u / 0.05) ** 2));
      const value = 200 * body - 150 * (lung(-0.2) + lung(0.2)) + 60 * ribs * body + 40 * spine * body + 8 * gauss();
      pixels.push(Math.round(Math.min(255, Math.max(0, value))));
    }
  }
  const grid = 7;
  const heat: number[] = [];
  for (let y = 0; y < grid; y++) {
    for (let x = 0; x < grid; x++) {
      const d2 = (x - 4.6) ** 2 + (y - 4.2) ** 2;
      heat.push(Math.exp(-d2 / 3.2));
    }
  }
  return { image: { width: size, height: size, data: pixels }, heat: { width: grid, height: grid, data: heat } };
}
