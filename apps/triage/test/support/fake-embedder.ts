// A stand-in for the pretrained backbone: deterministic hand-made features (a 4x4 grid of mean intensities
// plus the image's mean and spread), same interface as @verticals/pretrained's embedder, counting its calls so
// tests can prove cache hits. No weights needed: these tests pass on a fresh clone without ../shared/models.
import type { EmbedOptions, ImageEmbedder, PixelImage } from "@verticals/pretrained";

export class FakeEmbedder implements ImageEmbedder {
  readonly modelId = "fake-grid-features";
  readonly modelKey = "fake-grid-features@test/v1";
  readonly dim = 18;
  /** Images embedded so far (cache misses). */
  embeddedImages = 0;

  async embed(images: readonly PixelImage[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    const out = images.map((image) => {
      const v = new Float32Array(this.dim);
      const { width, height, data } = image;
      let sum = 0;
      let square = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const p = data[y * width + x]! / 255;
          v[Math.floor((y * 4) / height) * 4 + Math.floor((x * 4) / width)]! += p / ((width * height) / 16);
          sum += p;
          square += p * p;
        }
      }
      const n = width * height;
      v[16] = sum / n;
      v[17] = Math.sqrt(Math.max(0, square / n - (sum / n) ** 2));
      return v;
    });
    this.embeddedImages += images.length;
    options.onProgress?.({ done: images.length, total: images.length });
    return out;
  }
}
