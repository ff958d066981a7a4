// The VerticalPipeline contract the CLI calls: train (and reuse), evaluate (with and without a test file), seed.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { isVerticalPipeline } from "@verticals/cli";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pipeline } from "../src/pipeline";
import { readSavedCard } from "../src/pipeline/artifact";
import { openStore } from "../src/store/client";
import { FAST_HYPERPARAMETERS_JSON, context, sqliteUrl, syntheticData, tempDir } from "./helpers";

const data = tempDir("pipeline-data");
const work = tempDir("pipeline-work");
const saved = process.env.FRAUD_HYPERPARAMETERS;
let ctx: ReturnType<typeof context>;

beforeAll(async () => {
  process.env.FRAUD_HYPERPARAMETERS = FAST_HYPERPARAMETERS_JSON;
  await syntheticData(data.dir, { size: 3000, seed: 11 });
  ctx = context({ dataDir: data.dir, artifactsDir: path.join(work.dir, "artifacts"), databaseUrl: sqliteUrl(work.dir) });
});

afterAll(() => {
  if (saved === undefined) delete process.env.FRAUD_HYPERPARAMETERS;
  else process.env.FRAUD_HYPERPARAMETERS = saved;
  data.remove();
  work.remove();
});

describe("fraud pipeline", () => {
  it("is a VerticalPipeline", () => {
    expect(isVerticalPipeline(pipeline)).toBe(true);
  });

  it("trains, saves the artefact with its model card, and reuses it while nothing changed", async () => {
    const first = await pipeline.train(ctx);
    expect(first.reused).toBe(false);
    expect(first.headline[0]).toMatch(/^ROC-AUC 0\.\d{3} \(baseline 0\.\d{3}\)/);
    expect(first.backend).toMatch(/^(wasm|cpu|tensorflow)/);
    const card = await readSavedCard(ctx.artifactsDir);
    expect(card?.version).toMatch(/^fraud-[0-9a-f]{10}$/);
    expect(card?.data.provenance.kind).toBe("synthetic");
    expect((card?.extra as { timeOfDay: { used: boolean } }).timeOfDay.used).toBe(true);
    expect(card?.data.rows).toEqual({ train: 2400, validation: 0, test: 600 });
    for (const file of ["card.json", "model.json", "weights.bin", "features.json", "baseline.json", "policy.json", "evaluation.json", "holdout.json"]) {
      expect(existsSync(path.join(ctx.artifactsDir, "model", file))).toBe(true);
    }

    const again = await pipeline.train(ctx);
    expect(again.reused).toBe(true);
    expect(again.headline).toEqual(first.headline);

    // Different costs are a different model (its threshold depends on them).
    process.env.FRAUD_COST_REVIEW = "20";
    try {
      const retrained = await pipeline.train(ctx);
      expect(retrained.reused).toBe(false);
      const policy = JSON.parse(readFileSync(path.join(ctx.artifactsDir, "model", "policy.json"), "utf8")) as { costs: { review: number } };
      expect(policy.costs.review).toBe(20);
    } finally {
      delete process.env.FRAUD_COST_REVIEW;
    }
  });

  it("evaluates on a held-back 20% when there is no test file", async () => {
    const result = await pipeline.evaluate(ctx);
    for (const key of ["roc_auc", "auprc", "recall_at_1pct_fpr", "precision", "recall", "train_seconds", "rows"]) expect(result).toHaveProperty(key);
    const baseline = result.baseline as Record<string, number>;
    for (const key of ["roc_auc", "auprc", "recall_at_1pct_fpr", "precision", "recall"]) expect(typeof baseline[key]).toBe("number");
    expect(result.rows).toBe(600);
    expect(result.rows_train).toBe(2400);
    expect(result.test_source).toMatch(/stratified 20%/);
    expect(result.roc_auc as number).toBeGreaterThan(0.9);
    expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(JSON.stringify(result)));
  });

  it("evaluates on creditcard_test.csv when it exists", async () => {
    const other = tempDir("pipeline-test-file");
    try {
      await syntheticData(other.dir, { size: 1000, seed: 99 });
      copyFileSync(path.join(other.dir, "creditcard.csv"), path.join(data.dir, "creditcard_test.csv"));
      const result = await pipeline.evaluate(ctx);
      expect(result.test_source).toBe("creditcard_test.csv");
      expect(result.rows).toBe(1000);
      expect(result.rows_train).toBe(3000);
    } finally {
      other.remove();
    }
  });

  it("seeds the store once per model version", async () => {
    const first = await pipeline.seed(ctx);
    expect(first.rows).toBe(300); // half of the 600 held-back rows; the other half is left for the replay
    const second = await pipeline.seed(ctx);
    expect(second.rows).toBe(300);
    const store = await openStore(ctx.databaseUrl);
    try {
      expect(await store.modelRun.count()).toBe(1);
      const alerts = await store.scoredTransaction.count({ where: { decision: { in: ["review", "block"] } } });
      expect(alerts).toBeGreaterThan(0);
      // Every alert carries its explanation, and nothing else does.
      expect(await store.scoredTransaction.count({ where: { explanationJson: { not: null } } })).toBe(alerts);
    } finally {
      await store.$disconnect();
    }
  });
});
