// An upload, from bytes to a ranked study: size and type checks, decoding (DICOM de-identified first), the
// training preprocessing, score and heatmap, then one transaction in the store. Returns timings so the
// 300 ms budget is visible.
import { shortBackend } from "../pipeline/backend-label";
import { decodeUpload } from "../imaging/decode";
import { ImageInputError } from "../imaging/image-input-error";
import { toModelPixels, type GreyImage } from "../pipeline/preprocess";
import type { TriageModel } from "../pipeline/predict";
import type { Store } from "../store/client";
import { addStudy, ensureRun, type StoredEmbedding } from "../store/queries";
import type { ImageEmbedder } from "@verticals/pretrained";

export const PREVIEW_SIDE = 256;

export interface IngestResult {
  studyId: number;
  accession: string;
  probability: number;
  flagged: boolean;
  modelVersion: string;
  format: string;
  timings: { decodeMs: number; scoreMs: number; storeMs: number; totalMs: number };
}

export async function ingestUpload(
  store: Store,
  model: TriageModel,
  file: { bytes: Uint8Array; name: string },
  options: { maxBytes: number; uidKey: string; actor: string; now?: Date; embedder?: ImageEmbedder },
): Promise<IngestResult> {
  const started = performance.now();
  if (file.bytes.length > options.maxBytes) {
    throw new ImageInputError("FILE_TOO_LARGE", `${file.name}: ${file.bytes.length} bytes is more than the ${options.maxBytes} accepted (TRIAGE_MAX_UPLOAD_BYTES)`);
  }
  const decoded = decodeUpload(file.bytes, file.name, { uidKey: options.uidKey });
  const pixels = toModelPixels(decoded.image);
  const preview = previewOf(decoded.image);
  const decodedAt = performance.now();
  const [score] = model.score(pixels);
  const [heatmap] = model.explain(pixels);
  const embedding = options.embedder ? await embedForSimilarCases(options.embedder, pixels) : undefined;
  const scoredAt = performance.now();
  const run = await ensureRun(store, runFromCard(model));
  const study = await addStudy(store, {
    source: "upload",
    format: decoded.format,
    arrivedAt: options.now ?? new Date(),
    pixels,
    preview,
    originalWidth: decoded.image.width,
    originalHeight: decoded.image.height,
    ...(decoded.deidentifiedDicom ? { deidentifiedDicom: decoded.deidentifiedDicom, deidReport: decoded.deidReport } : {}),
    prediction: { runId: run.id, modelVersion: model.version, ...score! },
    heatmap: heatmap!,
    ...(embedding ? { embedding } : {}),
    actor: options.actor,
  });
  const done = performance.now();
  return {
    studyId: study.id,
    accession: study.accession,
    probability: score!.probability,
    flagged: score!.flagged,
    modelVersion: model.version,
    format: decoded.format,
    timings: { decodeMs: decodedAt - started, scoreMs: scoredAt - decodedAt, storeMs: done - scoredAt, totalMs: done - started },
  };
}

/** A square, centre-cropped display image of at most 256 px (the same crop the model sees, more detail). */
export function previewOf(image: GreyImage): { width: number; height: number; data: Uint8Array } {
  const side = Math.min(image.width, image.height);
  const out = Math.min(PREVIEW_SIDE, side);
  const x0 = Math.floor((image.width - side) / 2);
  const y0 = Math.floor((image.height - side) / 2);
  const data = new Uint8Array(out * out);
  const scale = side / out;
  for (let y = 0; y < out; y++) {
    for (let x = 0; x < out; x++) {
      // Mean over the source block (cheap box filter).
      const sx0 = Math.floor(x * scale);
      const sy0 = Math.floor(y * scale);
      const sx1 = Math.max(sx0 + 1, Math.floor((x + 1) * scale));
      const sy1 = Math.max(sy0 + 1, Math.floor((y + 1) * scale));
      let sum = 0;
      for (let sy = sy0; sy < sy1; sy++) for (let sx = sx0; sx < sx1; sx++) sum += image.data[(y0 + sy) * image.width + x0 + sx]!;
      data[y * out + x] = Math.min(255, Math.max(0, Math.round(sum / ((sx1 - sx0) * (sy1 - sy0)))));
    }
  }
  return { width: out, height: out, data };
}

/** The run row of a model seen for the first time by the server (seed normally registers it with curves). */
export function runFromCard(model: TriageModel) {
  const card = model.card;
  return {
    modelVersion: model.version,
    trainedAt: new Date(card.createdAt),
    backend: shortBackend(card.backend),
    trainSeconds: card.trainSeconds,
    dataKind: card.data.provenance.kind,
    dataName: card.data.provenance.name,
    reportSplit: String(card.extra?.reportSplit ?? "val"),
    threshold: model.operatingPoint.threshold,
    targetSensitivity: model.operatingPoint.targetSensitivity,
    metrics: { cnn: card.metrics, baseline: card.baseline.metrics },
    curves: null,
    card,
  };
}

/** The backbone embedding of the model input for similar cases; a failure only costs the similar cases. */
async function embedForSimilarCases(embedder: ImageEmbedder, pixels: Uint8Array): Promise<StoredEmbedding | undefined> {
  try {
    const [vector] = await embedder.embed([{ width: 28, height: 28, data: pixels }]);
    return { vector: Float32Array.from(vector!), model: embedder.modelKey };
  } catch (error) {
    console.warn(`[triage] similar cases unavailable for this upload: ${(error as Error).message}`);
    return undefined;
  }
}
