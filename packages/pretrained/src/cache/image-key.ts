import { createHash } from "node:crypto";
import type { PixelImage } from "../preprocess/pixel-image";

/** Content key of an image: sha256 of its shape and pixels, so the same X-ray hits the cache wherever it came from. */
export function imageKey(image: PixelImage): string {
  const channels = image.channels ?? 1;
  return createHash("sha256")
    .update(`${image.width}x${image.height}x${channels}\n`)
    .update(image.data)
    .digest("hex");
}
