import { PretrainedError } from "../errors/pretrained-error";
import type { ImagePreprocessingFacts } from "../registry/model-spec";
import { bilinearAxis, clip8, HALF, type ResampleAxis } from "./pil-bilinear-axis";
import { checkPixelImage, type PixelImage } from "./pixel-image";

interface ShapePlan {
  horizontal: ResampleAxis;
  vertical: ResampleAxis;
  /** Input rows the horizontal pass must produce (Pillow's ybox_first .. ybox_last). */
  rowFirst: number;
  rowCount: number;
}

/**
 * Image -> `pixel_values` (CHW float32) exactly as the model's preprocessor_config.json says: resize so the
 * shortest edge is `shortestEdge` (Pillow bilinear, two 8-bit passes, horizontal first), centre crop,
 * rescale, normalise; grey is replicated to RGB. Weights are computed once per input size.
 */
export class PixelValuesPlan {
  readonly valuesPerImage: number;
  private readonly plans = new Map<string, ShapePlan>();
  /** normalised value of byte v in channel c at [c * 256 + v]. */
  private readonly lut = new Float32Array(3 * 256);
  private tempRows = new Uint8Array(0);
  private cropped = new Uint8Array(0);
  /** Fixed-point sums of one output row; below 2^31, so exact in float64. */
  private readonly rowSums: Float64Array;

  constructor(readonly facts: ImagePreprocessingFacts) {
    this.valuesPerImage = 3 * facts.cropHeight * facts.cropWidth;
    this.rowSums = new Float64Array(facts.cropWidth);
    for (let c = 0; c < 3; c++) {
      for (let v = 0; v < 256; v++) this.lut[c * 256 + v] = (v * facts.rescaleFactor - facts.mean[c]!) / facts.std[c]!;
    }
  }

  /** Resized size, as Hugging Face computes it: the short side becomes `shortestEdge`, the long side is floored. */
  resizedSize(width: number, height: number): { width: number; height: number } {
    const edge = this.facts.shortestEdge;
    if (width <= height) return { width: edge, height: Math.floor((edge * height) / width) };
    return { width: Math.floor((edge * width) / height), height: edge };
  }

  private planFor(width: number, height: number): ShapePlan {
    const key = `${width}x${height}`;
    const known = this.plans.get(key);
    if (known) return known;
    const { cropWidth, cropHeight } = this.facts;
    const resized = this.resizedSize(width, height);
    if (resized.width < cropWidth || resized.height < cropHeight) {
      throw new PretrainedError(
        "model-format",
        `a ${width}x${height} image resizes to ${resized.width}x${resized.height}, smaller than the ${cropWidth}x${cropHeight} crop`,
      );
    }
    const left = Math.floor((resized.width - cropWidth) / 2);
    const top = Math.floor((resized.height - cropHeight) / 2);
    const horizontal = bilinearAxis(width, resized.width, left, cropWidth);
    const vertical = bilinearAxis(height, resized.height, top, cropHeight);
    const rowFirst = vertical.first[0]!;
    const last = cropHeight - 1;
    const rowCount = vertical.first[last]! + vertical.count[last]! - rowFirst;
    const plan = { horizontal, vertical, rowFirst, rowCount };
    this.plans.set(key, plan);
    return plan;
  }

  /**
   * Resize + centre crop to bytes, one plane per input channel (channels x cropHeight x cropWidth): the 8-bit
   * image Pillow would hand to the normaliser. Reuses one buffer; copy it to keep it.
   */
  resizeCrop(image: PixelImage, index = 0): Uint8Array {
    const channels = checkPixelImage(image, index);
    const { width, data } = image;
    const { horizontal: h, vertical: v, rowFirst, rowCount } = this.planFor(width, image.height);
    const cropW = this.facts.cropWidth;
    const cropH = this.facts.cropHeight;
    if (this.tempRows.length < rowCount * cropW) this.tempRows = new Uint8Array(rowCount * cropW);
    if (this.cropped.length < channels * cropW * cropH) this.cropped = new Uint8Array(3 * cropW * cropH);
    const temp = this.tempRows;
    const cropped = this.cropped;
    for (let c = 0; c < channels; c++) {
      // Horizontal pass into 8-bit rows, as Pillow does (its intermediate image is rounded to bytes).
      for (let r = 0; r < rowCount; r++) {
        const rowStart = (rowFirst + r) * width;
        for (let o = 0; o < cropW; o++) {
          const xmin = h.first[o]!;
          const n = h.count[o]!;
          const k = o * h.taps;
          let sum = HALF;
          for (let t = 0; t < n; t++) sum += data[(rowStart + xmin + t) * channels + c]! * h.weights[k + t]!;
          temp[r * cropW + o] = clip8(sum);
        }
      }
      // Vertical pass, tap by tap across a whole row (a tight loop V8 optimises well).
      const planeStart = c * cropW * cropH;
      const sums = this.rowSums;
      for (let o = 0; o < cropH; o++) {
        const ymin = v.first[o]! - rowFirst;
        const n = v.count[o]!;
        const k = o * v.taps;
        sums.fill(HALF);
        for (let t = 0; t < n; t++) {
          const weight = v.weights[k + t]!;
          if (weight === 0) continue;
          const rowStart = (ymin + t) * cropW;
          for (let x = 0; x < cropW; x++) sums[x] = sums[x]! + temp[rowStart + x]! * weight;
        }
        const outRow = planeStart + o * cropW;
        for (let x = 0; x < cropW; x++) cropped[outRow + x] = clip8(sums[x]!);
      }
    }
    return cropped.subarray(0, channels * cropW * cropH);
  }

  /** Write one image's 3 x cropHeight x cropWidth normalised values into `out` at `offset`; grey fills all three. */
  write(image: PixelImage, out: Float32Array, offset: number, index = 0): void {
    const bytes = this.resizeCrop(image, index);
    const plane = this.facts.cropWidth * this.facts.cropHeight;
    const lut = this.lut;
    if (bytes.length === plane) {
      // Grey: one byte feeds all three channels.
      const g = offset + plane;
      const b = offset + 2 * plane;
      for (let i = 0; i < plane; i++) {
        const v = bytes[i]!;
        out[offset + i] = lut[v]!;
        out[g + i] = lut[256 + v]!;
        out[b + i] = lut[512 + v]!;
      }
      return;
    }
    for (let c = 0; c < 3; c++) {
      const target = offset + c * plane;
      for (let i = 0; i < plane; i++) out[target + i] = lut[c * 256 + bytes[c * plane + i]!]!;
    }
  }
}
