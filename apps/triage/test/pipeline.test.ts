import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import path from "node:path";
import { describeEachStore } from "@verticals/db/testing";
import { loadTriageArtifact } from "../src/pipeline/artifact";
import { pipeline } from "../src/pipeline/index";
import { openStore } from "../src/store/client";
import { WORKLIST_SIZE, PRE_REPORTED } from "../src/pipeline/seed";
import { silenceStderr, trainTinyModel, type TinySetup } from "./support/tiny-model";

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
  it("saves an artifact with a valid card, operating point and held-out scores", async () => {
    const artifact = await loadTriageArtifact(tiny.modelDir);
    expect(artifact.model).toBeDefined();
    expect(artifact.card.data.provenance.kind).toBe("synthetic");
    expect(artifact.card.intendedUse).toMatch(/Not a medical device/);
    expect(artifact.card.limitations.some((l) => /Subgroups/.test(l))).toBe(true);
    expect(artifact.operatingPoint.targetSensitivity).toBe(0.95);
    expect(artifact.evaluation.split).toBe("test");
    expect(artifact.evaluation.labels.length).toBe(artifact.evaluation.cnn.length);
    expect(artifact.card.backend.name).toBe("wasm");
  });

  it("reuses the saved model when data, code and configuration are unchanged", async () => {
    const summary = await pipeline.train(tiny.ctx);
    expect(summary.reused).toBe(true);
    expect(summary.headline[0]).toMatch(/ROC-AUC \d\.\d+ on test/);
  });

  it("retrains when the configuration changes (target sensitivity)", async () => {
    process.env.TRIAGE_TARGET_SENSITIVITY = "0.9";
    try {
      const summary = await pipeline.train(tiny.ctx);
      expect(summary.reused).toBeFalsy();
      expect((await loadTriageArtifact(tiny.modelDir, { loadModel: false })).operatingPoint.targetSensitivity).toBe(0.9);
    } finally {
      delete process.env.TRIAGE_TARGET_SENSITIVITY;
    }
  });

  it("evaluate reports test metrics for the CNN and the baseline as one JSON object", async () => {
    const metrics = await pipeline.evaluate(tiny.ctx);
    for (const key of ["auc", "accuracy", "sensitivity", "specificity", "ece", "split", "train_seconds", "backend"]) expect(metrics).toHaveProperty(key);
    expect(metrics.split).toBe("test");
    const baseline = metrics.baseline as Record<string, number>;
    expect(typeof baseline.auc).toBe("number");
    expect(typeof baseline.accuracy).toBe("number");
    expect(metrics.models).toHaveProperty("cnn");
    expect(() => JSON.parse(JSON.stringify(metrics))).not.toThrow();
  });
});

describeEachStore(
  "pipeline seed",
  (getUrl) => {
    it("fills the worklist with held-out images, idempotently", async () => {
      const ctx = { ...tiny.ctx, databaseUrl: getUrl() };
      const first = await pipeline.seed(ctx);
      const heldOut = Math.min(WORKLIST_SIZE, 30); // the tiny synthetic file has 30 test images
      expect(first.rows).toBeGreaterThan(heldOut);
      const second = await pipeline.seed(ctx);
      expect(second.rows).toBe(0);
      const store = await openStore(getUrl());
      try {
        expect(await store.study.count()).toBe(heldOut);
        expect(await store.decision.count()).toBe(PRE_REPORTED);
        expect(await store.heatmap.count()).toBe(heldOut);
        const run = await store.run.findFirstOrThrow();
        expect(JSON.parse(run.curvesJson).labels.length).toBeGreaterThan(0);
        expect(await store.study.count({ where: { groundTruth: null } })).toBe(0);
      } finally {
        await store.$disconnect();
      }
    });
  },
  { prismaDir },
);
