import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import path from "node:path";
import { parseModelCard } from "@verticals/core";
import { describeEachStore } from "@verticals/db/testing";
import { loadArtifact } from "../src/pipeline/artifact";
import { pipeline } from "../src/pipeline/index";
import { scoreRecords } from "../src/pipeline/predict";
import { openStore } from "../src/store/client";
import { silenceStderr, trainTinyModel, type TinySetup } from "./support/tiny";

const prismaDir = path.join(import.meta.dirname, "..", "prisma");

// One tiny model for the whole file (training is the slow part).
let tiny: TinySetup;
let restore: () => void;
beforeAll(async () => {
  restore = silenceStderr();
  tiny = await trainTinyModel();
});
afterAll(() => {
  restore();
  tiny?.cleanup();
});

describe("pipeline: train, reuse, evaluate", () => {
  it("saves the network with a valid model card that compares it with the baseline on held-out rows", async () => {
    const artifact = await loadArtifact(tiny.modelDir);
    const card = parseModelCard(artifact.card);
    expect(card.data.provenance.kind).toBe("synthetic");
    expect(card.data.rows.test).toBe(180);
    expect(card.baseline.name).toMatch(/Logistic regression/);
    // The synthetic label has a strong signal: a trained model ranks far better than chance.
    expect(card.metrics.auc).toBeGreaterThan(0.7);
    expect(card.baseline.metrics.auc).toBeGreaterThan(0.55);
    expect(card.metrics.auc).toBeLessThanOrEqual(1);
    // The saved model scores the held-out rows exactly as it did before saving.
    const rescored = scoreRecords(artifact, artifact.heldOut.features);
    artifact.heldOut.probabilities.forEach((p, i) => expect(rescored[i]).toBeCloseTo(p, 5));
    artifact.model?.dispose();
  });

  it("reuses the saved model when data, settings and seed are unchanged, and retrains when a setting changes", async () => {
    const reused = await pipeline.train(tiny.ctx);
    expect(reused.reused).toBe(true);
    expect(reused.headline[0]).toMatch(/^ROC-AUC 0\.\d{3} \(baseline 0\.\d{3}\) on 180 held-out rows$/);
    process.env.__ENV___THRESHOLD = "0.6";
    try {
      const retrained = await pipeline.train(tiny.ctx);
      expect(retrained.reused).toBeFalsy();
      expect((await loadArtifact(tiny.modelDir, { loadModel: false })).card.threshold).toEqual({ value: 0.6 });
    } finally {
      delete process.env.__ENV___THRESHOLD;
    }
  });

  it("evaluate reports model and baseline metrics on the test split as one JSON object", async () => {
    const metrics = await pipeline.evaluate(tiny.ctx);
    for (const key of ["auc", "auprc", "brier", "accuracy", "split", "rows", "baseline", "train_seconds", "backend"]) expect(metrics).toHaveProperty(key);
    expect(metrics.split).toBe("test");
    expect(metrics.data).toMatchObject({ kind: "synthetic", rows: 1200 });
    const baseline = metrics.baseline as Record<string, number>;
    expect(baseline.auc).toBeGreaterThan(0.5);
    expect(metrics.auc as number).toBeGreaterThan(0.7);
    expect(() => JSON.parse(JSON.stringify(metrics))).not.toThrow();
  });

  it("evaluate refuses a folder without the data file instead of inventing data", async () => {
    await expect(pipeline.evaluate({ ...tiny.ctx, dataDir: path.join(tiny.ctx.dataDir, "missing") })).rejects.toThrow(/missing/);
  });
});

describeEachStore(
  "pipeline seed",
  (getUrl) => {
    it("stores the run and its held-out records, idempotently", async () => {
      const ctx = { ...tiny.ctx, databaseUrl: getUrl() };
      const first = await pipeline.seed(ctx);
      expect(first.rows).toBe(1 + 180);
      expect((await pipeline.seed(ctx)).rows).toBe(0);
      const store = await openStore(getUrl());
      try {
        expect(await store.run.count()).toBe(1);
        expect(await store.scoredRecord.count()).toBe(180);
        expect(await store.scoredRecord.count({ where: { label: null } })).toBe(0);
        const threshold = (await store.run.findFirstOrThrow()).threshold;
        expect(await store.scoredRecord.count({ where: { flagged: true, probability: { lt: threshold } } })).toBe(0);
      } finally {
        await store.$disconnect();
      }
    });
  },
  { prismaDir },
);
