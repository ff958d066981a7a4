// The pipeline contract end to end on small synthetic folders: train (and reuse), evaluate's JSON, seed (twice).
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { generateAi4i2020 } from "@verticals/data";
import { createTestSqliteUrl } from "@verticals/db/testing";
import { isVerticalPipeline } from "@verticals/cli";
import pipelineModule, { pipeline } from "../src/pipeline/index";
import { TINY_CONFIG, silenceStderr, syntheticEquipment, tempDir, testContext } from "./support/fixtures";
import { evaluateMaintenance } from "../src/pipeline/evaluate";
import { seedMaintenance } from "../src/pipeline/seed";
import { trainMaintenance } from "../src/pipeline/train";
import { openStore } from "../src/store/client";
import { loadRulArtifact } from "../src/pipeline/artifacts";

let restore: () => void;
beforeAll(() => {
  restore = silenceStderr();
});
afterAll(() => restore?.());

describe("pipeline contract", () => {
  it("exports a VerticalPipeline for the CLI", () => {
    expect(isVerticalPipeline(pipeline)).toBe(true);
    expect(pipelineModule).toBe(pipeline);
  });
});

describe("train and seed (official-style test engines present)", () => {
  let data: Awaited<ReturnType<typeof syntheticEquipment>>;
  let artifacts: ReturnType<typeof tempDir>;
  let url: string;

  beforeAll(async () => {
    data = await syntheticEquipment({ rows: 1500, engines: 20, testEngines: 6 });
    artifacts = tempDir("maintenance-artifacts-");
    url = createTestSqliteUrl();
  });
  afterAll(() => {
    data?.cleanup();
    artifacts?.cleanup();
  });

  it("trains both models, then reuses them while data, code and configuration are unchanged", async () => {
    const ctx = testContext(data.dir, artifacts.dir, url);
    const first = await trainMaintenance(ctx, TINY_CONFIG);
    expect(first.reused).toBe(false);
    expect(first.headline.join("\n")).toMatch(/failure: F1 [\s\S]*\nRUL \(official test, 6 engines\)/);
    const again = await trainMaintenance(ctx, TINY_CONFIG);
    expect(again.reused).toBe(true);
    const changed = await trainMaintenance(ctx, { ...TINY_CONFIG, failure: { ...TINY_CONFIG.failure, baselineL2: 2 } });
    expect(changed.reused).toBe(false);
    const rul = await loadRulArtifact(artifacts.dir);
    expect(rul.fleet.map((f) => f.source)).toEqual(new Array(6).fill("cmapss-test"));
    expect(rul.card.data.provenance.kind).toBe("synthetic");
    for (const m of rul.models) m.dispose();
  });

  it("seeds the store with the fleet, predictions, failure scores and a plan, and is idempotent", async () => {
    const ctx = testContext(data.dir, artifacts.dir, url);
    const first = await seedMaintenance(ctx, { ...TINY_CONFIG, failure: { ...TINY_CONFIG.failure, baselineL2: 2 } });
    expect(first.rows).toBeGreaterThan(100);
    const second = await seedMaintenance(ctx, { ...TINY_CONFIG, failure: { ...TINY_CONFIG.failure, baselineL2: 2 } });
    expect(second.rows).toBe(0);
    const store = await openStore(url);
    try {
      const assets = await store.asset.findMany({ include: { _count: { select: { readings: true, predictions: true } } } });
      expect(assets).toHaveLength(6);
      for (const a of assets) {
        expect(a.failureCycle).not.toBeNull();
        // One prediction per cycle from the first full window (or just the last cycle of a short history).
        expect(a._count.predictions).toBe(Math.max(1, a._count.readings - TINY_CONFIG.rul.window + 1));
      }
      expect(await store.plan.count()).toBe(1);
      expect(await store.failureScore.count()).toBeGreaterThan(200);
      expect(await store.run.count({ where: { kind: "train" } })).toBe(2);
    } finally {
      await store.$disconnect();
    }
  });
});

describe("evaluate (no official test: held-out engines cut short)", () => {
  it("returns the contract's metrics with baselines and the training time", async () => {
    const data = await syntheticEquipment({ rows: 1500, engines: 24 });
    try {
      const metrics = (await evaluateMaintenance(testContext(data.dir, tempDir("unused-").dir), TINY_CONFIG)) as {
        ai4i: Record<string, unknown> & { baselines: { logistic_regression: Record<string, number> } };
        cmapss: Record<string, unknown> & { baselines: { constant_mean: Record<string, number>; linear: Record<string, number> } };
        train_seconds: number;
      };
      for (const key of ["f1", "roc_auc", "auprc"]) expect(typeof metrics.ai4i[key]).toBe("number");
      for (const key of ["rmse", "nasa_score"]) expect(typeof metrics.cmapss[key]).toBe("number");
      expect(metrics.ai4i.baselines.logistic_regression.f1).toEqual(expect.any(Number));
      expect(metrics.cmapss.baselines.constant_mean.rmse).toEqual(expect.any(Number));
      expect(metrics.cmapss.baselines.linear.nasa_score).toEqual(expect.any(Number));
      expect(metrics.cmapss.test).toBe("held-out training engines cut short");
      expect(metrics.ai4i.test).toMatch(/stratified 20%/);
      expect(metrics.train_seconds).toBeGreaterThan(0);
      // The last line the CLI prints is this object: it must survive JSON.
      expect(JSON.parse(JSON.stringify(metrics))).toEqual(metrics);
    } finally {
      data.cleanup();
    }
  });

  it("tests the failure model on ai4i2020_test.csv when the folder has one", async () => {
    const data = await syntheticEquipment({ rows: 1500, engines: 24, testEngines: 5 });
    const extra = tempDir("ai4i-test-");
    try {
      await generateAi4i2020(extra.dir, { seed: 99, size: 700 });
      copyFileSync(join(extra.dir, "ai4i2020.csv"), join(data.dir, "ai4i2020", "ai4i2020_test.csv"));
      const metrics = (await evaluateMaintenance(testContext(data.dir, extra.dir), TINY_CONFIG)) as { ai4i: { test: string; test_rows: number }; cmapss: { test: string; test_engines: number } };
      expect(metrics.ai4i).toMatchObject({ test: "ai4i2020_test.csv", test_rows: 700 });
      expect(metrics.cmapss).toMatchObject({ test: "official test_FD001 + RUL_FD001", test_engines: 5 });
    } finally {
      data.cleanup();
      extra.cleanup();
    }
  });

  it("says which file is missing when the folder is not an equipment folder", async () => {
    const empty = tempDir("empty-");
    try {
      await expect(evaluateMaintenance(testContext(empty.dir, empty.dir), TINY_CONFIG)).rejects.toThrow(/ai4i2020\/ai4i2020.csv is missing/);
    } finally {
      empty.cleanup();
    }
  });
});
