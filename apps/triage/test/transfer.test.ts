// Transfer learning and the ensemble in `evaluate` and `train`, with a fake backbone (no weights needed), and
// the fallback when the models directory is absent: transfer and ensemble are null with a reason and every
// other key is unchanged.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { PipelineContext } from "@verticals/cli";
import { applyCalibrator, rocAuc } from "@verticals/core";
import { evaluateTriage } from "../src/pipeline/evaluate";
import { ensembleScores } from "../src/pipeline/ensemble";
import { loadTriageArtifact } from "../src/pipeline/artifact";
import { fitOperatingPoint } from "../src/pipeline/operating-point";
import { trainTriage } from "../src/pipeline/train-artifact";
import { DEFAULT_HEAD, headLogits, restoreHead, serialiseHead, trainHead } from "../src/pipeline/transfer-head";
import { FakeEmbedder } from "./support/fake-embedder";
import { quietLog, syntheticDataDir, tempDir } from "./support/synthetic";
import { silenceStderr } from "./support/tiny-model";

const NO_MODELS = { VERTICALS_MODELS_DIR: "/nonexistent/verticals-models" };
// 120 training images make two batches an epoch at the default settings: a faster schedule lets the head learn here.
const TEST_HEAD = { ...DEFAULT_HEAD, learningRate: 1e-2, batchSize: 16 };

let ctx: PipelineContext;
let cleanup: () => void;
let restore: () => void;
beforeAll(async () => {
  restore = silenceStderr();
  const data = await syntheticDataDir(120, 13);
  const artifacts = tempDir("triage-transfer-");
  ctx = { dataDir: data.dir, artifactsDir: artifacts.dir, databaseUrl: "file:/dev/null", seed: 5, log: quietLog, signal: new AbortController().signal };
  cleanup = () => {
    data.cleanup();
    artifacts.cleanup();
  };
});
afterAll(() => {
  restore();
  cleanup?.();
});

describe("evaluate with and without the pretrained backbone", () => {
  const embedder = new FakeEmbedder();
  let withBackbone: Record<string, unknown>;
  let without: Record<string, unknown>;

  beforeAll(async () => {
    withBackbone = await evaluateTriage(ctx, { embedder, quiet: true, head: TEST_HEAD });
    without = await evaluateTriage(ctx, { env: NO_MODELS });
  });

  it("adds transfer and ensemble objects with the contract's metrics and timings", () => {
    for (const name of ["transfer", "ensemble"]) {
      const model = withBackbone[name] as Record<string, number>;
      for (const key of ["auc", "accuracy", "sensitivity", "specificity", "embed_seconds", "train_seconds"]) {
        expect(typeof model[key]).toBe("number");
        expect(Number.isFinite(model[key])).toBe(true);
      }
      expect(model.auc).toBeGreaterThan(0.5);
      expect(model.auc).toBeLessThanOrEqual(1);
    }
    const ensemble = withBackbone.ensemble as { offered: boolean; val_auc: number; method: string; train_seconds: number };
    expect(typeof ensemble.offered).toBe("boolean");
    expect(ensemble.method).toMatch(/calibrated probabilities/);
    expect(ensemble.train_seconds).toBeGreaterThanOrEqual((withBackbone.transfer as { train_seconds: number }).train_seconds);
    expect(withBackbone.models).toHaveProperty("transfer");
    expect(withBackbone.models).toHaveProperty("ensemble");
    expect(withBackbone.pretrained).toMatchObject({ status: "ready", backbone: embedder.modelKey });
    // 120 + 20 + 30 synthetic images were embedded once.
    expect((withBackbone.transfer as { embedded: number }).embedded).toBe(170);
  });

  it("without the models directory: transfer and ensemble are null with a reason, nothing else changes", () => {
    expect(without.transfer).toBeNull();
    expect(without.ensemble).toBeNull();
    const pretrained = without.pretrained as { status: string; model: string; reason: string };
    expect(pretrained.status).toBe("unavailable");
    expect(pretrained.model).toBe("mobilenet_v2_1.0_224-int8");
    expect(pretrained.reason).toMatch(/\/nonexistent\/verticals-models/);
    expect(Object.keys(without.models as object).sort()).toEqual(["baseline", "cnn"]);
    // Same seed, same data: the CNN and baseline figures are identical with or without the backbone.
    const stable = (m: Record<string, unknown>) => {
      const { transfer: _t, ensemble: _e, pretrained: _p, train_seconds: _s, models, ...rest } = m;
      const { transfer: _mt, ensemble: _me, ...otherModels } = models as Record<string, unknown>;
      return { ...rest, models: otherModels };
    };
    expect(stable(without)).toEqual(stable(withBackbone));
  });

  it("a second run answers every image from the embedding cache", async () => {
    const before = embedder.embeddedImages;
    const again = await evaluateTriage(ctx, { embedder, quiet: true, head: TEST_HEAD });
    expect(embedder.embeddedImages).toBe(before);
    expect(again.transfer).toMatchObject({ embedded: 0, cache_hits: 170 });
    expect((again.transfer as { auc: number }).auc).toBeCloseTo((withBackbone.transfer as { auc: number }).auc, 6);
  });
});

describe("train saves the transfer model beside the CNN", () => {
  it("records the head, its operating point and the ensemble's, and retrains when the backbone changes", async () => {
    const embedder = new FakeEmbedder();
    const first = await trainTriage(ctx, { embedder, quiet: true, head: TEST_HEAD });
    expect(first.reused).toBeFalsy();
    expect(first.headline.join("\n")).toMatch(/pretrained backbone \+ head ROC-AUC \d\.\d+, ensemble \d\.\d+/);
    const artifact = await loadTriageArtifact(`${ctx.artifactsDir}/model`, { loadModel: false });
    expect(artifact.transfer.status).toBe("ready");
    expect(artifact.evaluation.transfer).toHaveLength(artifact.evaluation.labels.length);
    expect(artifact.evaluation.reports.ensemble!.auc).toBeGreaterThan(0.5);
    expect(artifact.transferHead?.modelKey).toBe(embedder.modelKey);

    expect((await trainTriage(ctx, { embedder, quiet: true, head: TEST_HEAD })).reused).toBe(true);
    const without = await trainTriage(ctx, { env: NO_MODELS });
    expect(without.reused).toBeFalsy();
    expect(without.headline.join("\n")).toMatch(/transfer learning skipped/);
    const plain = await loadTriageArtifact(`${ctx.artifactsDir}/model`, { loadModel: false });
    expect(plain.transfer).toMatchObject({ status: "unavailable" });
    expect(plain.evaluation.transfer).toBeUndefined();
  });
});

describe("transfer head and ensemble", () => {
  /** Two Gaussian-ish clusters in 24 dimensions, seeded (an LCG, never Math.random). */
  function clusters(count: number, seed: number) {
    const dim = 24;
    const vectors = new Float32Array(count * dim);
    const labels = new Uint8Array(count);
    let s = seed >>> 0;
    const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32) - 0.5;
    for (let i = 0; i < count; i++) {
      labels[i] = i % 3 === 0 ? 0 : 1;
      for (let j = 0; j < dim; j++) vectors[i * dim + j] = next() * 2 + (labels[i] && j < 4 ? 0.9 : 0);
    }
    return { vectors, labels, dim };
  }

  it("learns separable embeddings, early-stops on val, and round-trips through its saved form", async () => {
    const train = clusters(600, 1);
    const val = clusters(200, 2);
    const head = await trainHead(train, val, train.dim, { ...DEFAULT_HEAD, maxEpochs: 12, patience: 3 }, 3, { progress: { start: () => undefined, batch: () => undefined, epoch: () => undefined, end: () => undefined } });
    const logits = headLogits(head, val.vectors);
    expect(rocAuc(val.labels, logits)).toBeGreaterThan(0.9);
    expect(head.bestEpoch).toBeLessThanOrEqual(head.epochsRun);
    const restored = restoreHead(JSON.parse(JSON.stringify(serialiseHead(head, DEFAULT_HEAD, "k"))), "test");
    const again = headLogits(restored, val.vectors);
    again.forEach((v, i) => expect(v).toBeCloseTo(logits[i]!, 4));
    expect(() => restoreHead({ format: "something else" }, "bad.json")).toThrow(/bad\.json: not a saved transfer head/);
    head.model.dispose();
    restored.model.dispose();
  });

  it("the ensemble averages calibrated probabilities (as a logit)", () => {
    const labels = [0, 0, 0, 1, 1, 1, 0, 1];
    const a = [-2, -1, 0.5, 1, 2, 0.2, -0.5, 3];
    const b = [-1, -2, -0.3, 2, 0.5, 1.5, 0.4, 1];
    const pa = fitOperatingPoint(a, labels, 0.9);
    const pb = fitOperatingPoint(b, labels, 0.9);
    const scores = ensembleScores([pa, pb], [a, b]);
    const ca = applyCalibrator(pa.calibrator, a);
    const cb = applyCalibrator(pb.calibrator, b);
    scores.forEach((z, i) => expect(1 / (1 + Math.exp(-z))).toBeCloseTo((ca[i]! + cb[i]!) / 2, 6));
    expect(() => ensembleScores([pa], [a, b])).toThrow(/1 calibrators for 2 score sets/);
  });
});
