// Everything the app reads and writes, on top of the generated client. Writes that belong together (a study,
// its prediction, heatmap and audit events; a decision and its audit event) run in one transaction.
import { randomBytes } from "node:crypto";
import type { Store } from "./client";
import { DEFAULT_READING_TARGET_MINUTES, rankWorklist, type Tier } from "./ranking";

export interface HeatmapInput {
  method: string;
  width: number;
  height: number;
  data: ArrayLike<number>;
}

export interface RunInput {
  modelVersion: string;
  trainedAt: Date;
  backend: string;
  trainSeconds: number;
  dataKind: string;
  dataName: string;
  reportSplit: string;
  threshold: number;
  targetSensitivity: number;
  metrics: unknown;
  curves: unknown;
  card: unknown;
}

export interface NewStudy {
  source: "upload" | "seed";
  format: string;
  arrivedAt: Date;
  pixels: Uint8Array;
  preview: { width: number; height: number; data: Uint8Array };
  originalWidth: number;
  originalHeight: number;
  deidentifiedDicom?: Uint8Array;
  deidReport?: unknown;
  groundTruth?: number;
  seedKey?: string;
  prediction: { runId: number; modelVersion: string; logit: number; probability: number; threshold: number; flagged: boolean };
  heatmap: HeatmapInput;
  /** Pretrained-backbone embedding of the model input, when the backbone is available. */
  embedding?: StoredEmbedding;
  actor: string;
}

export interface StoredEmbedding {
  vector: Float32Array;
  /** The embedder's modelKey. */
  model: string;
}

/** float32 little endian bytes (what the Bytes columns hold) and back. */
export function vectorBytes(vector: Float32Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(vector.length * 4);
  const view = new DataView(out.buffer);
  vector.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return out;
}

export function bytesVector(bytes: Uint8Array): Float32Array {
  if (bytes.length % 4 !== 0) throw new Error(`stored embedding: ${bytes.length} bytes is not a whole number of float32 values`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Float32Array.from({ length: bytes.length / 4 }, (_, i) => view.getFloat32(i * 4, true));
}

export function newAccession(): string {
  return `TRG-${randomBytes(4).toString("hex").toUpperCase()}`;
}

/** The run row for a model version (created once, then returned unchanged). */
export async function ensureRun(store: Store, run: RunInput): Promise<{ id: number; created: boolean }> {
  const existing = await store.run.findUnique({ where: { modelVersion: run.modelVersion }, select: { id: true, curvesJson: true } });
  if (existing) {
    // A run first registered by the server (an upload before any seed) has no curves yet: the seed adds them.
    if (existing.curvesJson === "null" && run.curves !== null && run.curves !== undefined) {
      await store.run.update({ where: { id: existing.id }, data: { curvesJson: JSON.stringify(run.curves), metricsJson: JSON.stringify(run.metrics), reportSplit: run.reportSplit } });
    }
    return { id: existing.id, created: false };
  }
  const created = await store.run.create({
    data: {
      modelVersion: run.modelVersion,
      trainedAt: run.trainedAt,
      backend: run.backend,
      trainSeconds: run.trainSeconds,
      dataKind: run.dataKind,
      dataName: run.dataName,
      reportSplit: run.reportSplit,
      threshold: run.threshold,
      targetSensitivity: run.targetSensitivity,
      metricsJson: JSON.stringify(run.metrics),
      curvesJson: JSON.stringify(run.curves),
      cardJson: JSON.stringify(run.card),
    },
  });
  await store.auditEvent.create({
    data: { actor: "system", action: "run.registered", modelVersion: run.modelVersion, detailsJson: JSON.stringify({ backend: run.backend, data: run.dataKind }) },
  });
  return { id: created.id, created: true };
}

export async function latestRun(store: Store) {
  return store.run.findFirst({ orderBy: [{ trainedAt: "desc" }, { id: "desc" }] });
}

export async function addStudy(store: Store, input: NewStudy): Promise<{ id: number; accession: string }> {
  return store.$transaction(async (tx) => {
    const study = await tx.study.create({
      data: {
        accession: newAccession(),
        source: input.source,
        format: input.format,
        arrivedAt: input.arrivedAt,
        pixels: Buffer.from(input.pixels) as Uint8Array<ArrayBuffer>,
        previewWidth: input.preview.width,
        previewHeight: input.preview.height,
        preview: Buffer.from(input.preview.data) as Uint8Array<ArrayBuffer>,
        originalWidth: input.originalWidth,
        originalHeight: input.originalHeight,
        deidentifiedDicom: input.deidentifiedDicom ? (Buffer.from(input.deidentifiedDicom) as Uint8Array<ArrayBuffer>) : null,
        deidReportJson: input.deidReport === undefined ? null : JSON.stringify(input.deidReport),
        groundTruth: input.groundTruth ?? null,
        seedKey: input.seedKey ?? null,
        embedding: input.embedding ? vectorBytes(input.embedding.vector) : null,
        embeddingModel: input.embedding?.model ?? null,
      },
    });
    const prediction = await tx.prediction.create({
      data: {
        studyId: study.id,
        runId: input.prediction.runId,
        modelVersion: input.prediction.modelVersion,
        logit: input.prediction.logit,
        probability: input.prediction.probability,
        threshold: input.prediction.threshold,
        flagged: input.prediction.flagged,
        heatmap: {
          create: { method: input.heatmap.method, width: input.heatmap.width, height: input.heatmap.height, valuesJson: JSON.stringify(Array.from(input.heatmap.data, (v) => Number(v.toFixed(4)))) },
        },
      },
    });
    const events = [
      { actor: input.actor, action: "study.received", studyId: study.id, detailsJson: JSON.stringify({ accession: study.accession, source: input.source, format: input.format }) },
      ...(input.deidReport
        ? [{ actor: "system", action: "study.deidentified", studyId: study.id, detailsJson: JSON.stringify({ counts: (input.deidReport as { counts?: unknown }).counts ?? null }) }]
        : []),
      {
        actor: "system",
        action: "prediction.created",
        studyId: study.id,
        modelVersion: input.prediction.modelVersion,
        detailsJson: JSON.stringify({ predictionId: prediction.id, probability: round(input.prediction.probability), flagged: input.prediction.flagged, heatmap: input.heatmap.method }),
      },
    ];
    for (const data of events) await tx.auditEvent.create({ data });
    return { id: study.id, accession: study.accession };
  });
}

export interface WorklistEntry {
  id: number;
  accession: string;
  source: string;
  format: string;
  arrivedAt: Date;
  probability: number;
  flagged: boolean;
  threshold: number;
  modelVersion: string;
  rank: number;
  tier: Tier;
  waitingMinutes: number;
}

/** Undecided studies with their latest prediction, ranked (see ranking.ts). */
/** Undecided studies in reading order (see ranking.ts); `readingTargetMinutes` is TRIAGE_READING_TARGET_MINUTES. */
export async function worklist(store: Store, readingTargetMinutes = DEFAULT_READING_TARGET_MINUTES, now = new Date()): Promise<WorklistEntry[]> {
  const studies = await store.study.findMany({
    where: { decisions: { none: {} } },
    select: {
      id: true,
      accession: true,
      source: true,
      format: true,
      arrivedAt: true,
      predictions: { orderBy: { id: "desc" }, take: 1, select: { probability: true, flagged: true, threshold: true, modelVersion: true } },
    },
  });
  const items = studies
    .filter((s) => s.predictions.length > 0)
    .map((s) => {
      const p = s.predictions[0]!;
      return { id: s.id, accession: s.accession, source: s.source, format: s.format, arrivedAt: s.arrivedAt, probability: p.probability, flagged: p.flagged, threshold: p.threshold, modelVersion: p.modelVersion };
    });
  return rankWorklist(items, now, readingTargetMinutes).map(({ item, rank, tier, waitingMinutes }) => ({ ...item, rank, tier, waitingMinutes }));
}

export async function recentlyReported(store: Store, take = 8) {
  return store.decision.findMany({
    orderBy: { id: "desc" },
    take,
    include: { study: { select: { id: true, accession: true } }, prediction: { select: { probability: true, flagged: true } } },
  });
}

export async function studyDetail(store: Store, id: number) {
  return store.study.findUnique({
    where: { id },
    include: {
      predictions: { orderBy: { id: "desc" }, include: { heatmap: true } },
      decisions: { orderBy: { id: "desc" } },
    },
  });
}

export type DecisionFinding = "pneumonia" | "normal";

export class DecisionError extends Error {
  override name = "DecisionError";
  constructor(
    message: string,
    readonly status: 400 | 404,
  ) {
    super(message);
  }
}

/** Records the reader's finding on the latest prediction: "confirm" when it agrees with the flag, else "override". */
export async function recordDecision(store: Store, input: { studyId: number; finding: DecisionFinding; reader: string; note?: string }) {
  return store.$transaction(async (tx) => {
    const prediction = await tx.prediction.findFirst({ where: { studyId: input.studyId }, orderBy: { id: "desc" } });
    if (!prediction) throw new DecisionError(`study ${input.studyId} does not exist or has no prediction`, 404);
    const action = (input.finding === "pneumonia") === prediction.flagged ? "confirm" : "override";
    const decision = await tx.decision.create({
      data: {
        studyId: input.studyId,
        predictionId: prediction.id,
        action,
        finding: input.finding,
        reader: input.reader,
        note: input.note ?? null,
        modelVersion: prediction.modelVersion,
      },
    });
    await tx.auditEvent.create({
      data: {
        actor: input.reader,
        action: action === "confirm" ? "decision.confirmed" : "decision.overridden",
        studyId: input.studyId,
        modelVersion: prediction.modelVersion,
        detailsJson: JSON.stringify({ decisionId: decision.id, finding: input.finding, modelFlag: prediction.flagged, probability: round(prediction.probability), ...(input.note ? { note: input.note } : {}) }),
      },
    });
    return decision;
  });
}

export async function auditTrail(store: Store, options: { studyId?: number; take?: number } = {}) {
  return store.auditEvent.findMany({
    where: options.studyId === undefined ? {} : { studyId: options.studyId },
    orderBy: { id: "desc" },
    take: options.take ?? 200,
  });
}

function round(value: number): number {
  return Number(value.toFixed(4));
}

export interface NewReferenceCase {
  seedKey: string;
  pixels: Uint8Array;
  label: number;
  embedding: StoredEmbedding;
}

/** Adds the reference cases not stored yet (by seedKey); returns how many were added. */
export async function addReferenceCases(store: Store, cases: NewReferenceCase[]): Promise<number> {
  if (cases.length === 0) return 0;
  const existing = new Set((await store.referenceCase.findMany({ where: { seedKey: { in: cases.map((c) => c.seedKey) } }, select: { seedKey: true } })).map((c) => c.seedKey));
  const todo = cases.filter((c) => !existing.has(c.seedKey));
  if (todo.length === 0) return 0;
  await store.referenceCase.createMany({
    data: todo.map((c) => ({
      seedKey: c.seedKey,
      pixels: Buffer.from(c.pixels) as Uint8Array<ArrayBuffer>,
      label: c.label,
      embedding: vectorBytes(c.embedding.vector),
      embeddingModel: c.embedding.model,
    })),
  });
  return todo.length;
}
