import { readFile } from "node:fs/promises";
import { PretrainedError } from "../errors/pretrained-error";
import type { ImagePreprocessingFacts } from "../registry/model-spec";

export const PREPROCESSOR_CONFIG_FILE = "preprocessor_config.json";

type Json = Record<string, unknown>;

function triple(file: string, field: string, value: unknown): [number, number, number] {
  if (Array.isArray(value) && value.length === 3 && value.every((v) => typeof v === "number" && Number.isFinite(v))) {
    return [value[0], value[1], value[2]];
  }
  throw new PretrainedError("model-format", `${file}, field "${field}": expected 3 numbers, got ${JSON.stringify(value)}`);
}

function positive(file: string, field: string, value: unknown): number {
  if (typeof value === "number" && Number.isInteger(value) && value > 0) return value;
  throw new PretrainedError("model-format", `${file}, field "${field}": expected a positive whole number, got ${JSON.stringify(value)}`);
}

/**
 * The Hugging Face image-processor settings the fast path implements: resize by shortest edge (bilinear),
 * centre crop, rescale, normalise. Anything else is refused with the field named, rather than ignored.
 */
export function parsePreprocessorConfig(json: Json, file = PREPROCESSOR_CONFIG_FILE): ImagePreprocessingFacts {
  if (json.do_resize === false || json.do_center_crop === false) {
    throw new PretrainedError("model-format", `${file}: the fast path needs do_resize and do_center_crop, got ${JSON.stringify({ do_resize: json.do_resize, do_center_crop: json.do_center_crop })}`);
  }
  const size = json.size as Json | number | undefined;
  const shortestEdge = positive(file, "size.shortest_edge", typeof size === "number" ? size : size?.shortest_edge);
  const resample = json.resample ?? 2;
  if (resample !== 2) {
    throw new PretrainedError("model-format", `${file}, field "resample": only 2 (bilinear) is implemented, got ${JSON.stringify(resample)}; use backend "transformers"`);
  }
  const crop = json.crop_size as Json | number | undefined;
  const cropHeight = positive(file, "crop_size.height", typeof crop === "number" ? crop : crop?.height);
  const cropWidth = positive(file, "crop_size.width", typeof crop === "number" ? crop : crop?.width);
  const rescale = json.do_rescale !== false;
  const rescaleFactor = rescale ? ((json.rescale_factor as number | undefined) ?? 1 / 255) : 1;
  if (typeof rescaleFactor !== "number" || !(rescaleFactor > 0)) {
    throw new PretrainedError("model-format", `${file}, field "rescale_factor": expected a positive number, got ${JSON.stringify(json.rescale_factor)}`);
  }
  const normalise = json.do_normalize !== false;
  const mean = normalise ? triple(file, "image_mean", json.image_mean) : ([0, 0, 0] as [number, number, number]);
  const std = normalise ? triple(file, "image_std", json.image_std) : ([1, 1, 1] as [number, number, number]);
  if (std.some((s) => s <= 0)) throw new PretrainedError("model-format", `${file}, field "image_std": expected positive numbers, got ${JSON.stringify(std)}`);
  return { shortestEdge, resample: 2, cropHeight, cropWidth, rescaleFactor, mean, std };
}

export async function readPreprocessorConfig(path: string): Promise<ImagePreprocessingFacts> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new PretrainedError("model-format", `${path}: not readable JSON (${(error as Error).message})`, { cause: error });
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new PretrainedError("model-format", `${path}: expected a JSON object`);
  }
  return parsePreprocessorConfig(json as Json, path);
}

/** Same numbers (to float rounding)? Used to check a curated folder still says what the registry records. */
export function samePreprocessing(a: ImagePreprocessingFacts, b: ImagePreprocessingFacts): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  return (
    a.shortestEdge === b.shortestEdge &&
    a.resample === b.resample &&
    a.cropHeight === b.cropHeight &&
    a.cropWidth === b.cropWidth &&
    close(a.rescaleFactor, b.rescaleFactor) &&
    a.mean.every((m, i) => close(m, b.mean[i]!)) &&
    a.std.every((s, i) => close(s, b.std[i]!))
  );
}
