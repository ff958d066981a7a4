// Retraining and seeding again must not put the same held-back transactions in the store twice (they would
// count twice in the KPIs and the queue), and must never lose an analyst's verdict. SQLite and PostgreSQL.
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { describeEachStore } from "@verticals/db/testing";
import path from "node:path";
import { pipeline } from "../src/pipeline";
import { loadFraudArtifact, type Holdout } from "../src/pipeline/artifact";
import { seedStore } from "../src/pipeline/seed";
import { nextReplayInputs, seedRowCount } from "../src/scoring/replay";
import { scoreAndStore } from "../src/scoring/score-and-store";
import { getAlert, listAlerts, recordReview } from "../src/store/alerts";
import { openStore, type Store } from "../src/store/client";
import { liveKpis } from "../src/store/kpis";
import { FAST_HYPERPARAMETERS_JSON, APP_DIR, context, sqliteUrl, syntheticData, tempDir } from "./helpers";

const data = tempDir("demo-rows-data");
const work = tempDir("demo-rows-work");
const saved = { review: process.env.FRAUD_COST_REVIEW, hp: process.env.FRAUD_HYPERPARAMETERS };
const artifacts = { first: path.join(work.dir, "first"), second: path.join(work.dir, "second") };
let versions: { first: string; second: string };
let holdout: Holdout;

// Two model versions of the same data and split (only the review cost differs, so the threshold and the
// version do): exactly what a retrain after a settings change produces.
beforeAll(async () => {
  process.env.FRAUD_HYPERPARAMETERS = FAST_HYPERPARAMETERS_JSON;
  await syntheticData(data.dir, { size: 1500, seed: 23, fraudRate: 0.05 });
  const ctx = (artifactsDir: string) => context({ dataDir: data.dir, artifactsDir, databaseUrl: sqliteUrl(work.dir) });
  await pipeline.train(ctx(artifacts.first));
  process.env.FRAUD_COST_REVIEW = "2";
  await pipeline.train(ctx(artifacts.second));
  const [first, second] = await Promise.all([loadFraudArtifact(artifacts.first), loadFraudArtifact(artifacts.second)]);
  versions = { first: first.model.version, second: second.model.version };
  holdout = first.holdout;
  first.model.scorer.dispose();
  second.model.scorer.dispose();
});

afterAll(() => {
  for (const [key, value] of [["FRAUD_COST_REVIEW", saved.review], ["FRAUD_HYPERPARAMETERS", saved.hp]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  data.remove();
  work.remove();
});

/** Demo rows as (content) transactions: how many rows, and how many distinct transactions among them. */
async function demoRows(store: Store) {
  const rows = await store.scoredTransaction.findMany({ where: { source: { in: ["seed", "replay"] } }, select: { time: true, amount: true, componentsJson: true, modelVersion: true, source: true } });
  return { rows: rows.length, distinct: new Set(rows.map((r) => `${r.time}|${r.amount}|${r.componentsJson}`)).size, all: rows };
}

describeEachStore(
  "demo seed after a retrain",
  (getUrl) => {
    it("replaces the earlier version's demo rows, keeps reviewed alerts, and never stores a transaction twice", async () => {
      expect(versions.first).not.toBe(versions.second);
      const seed = (artifactsDir: string) => seedStore({ databaseUrl: getUrl(), artifactsDir, appDir: APP_DIR });
      const half = seedRowCount(holdout);
      const replayPart = holdout.labels.length - half;

      const first = await seed(artifacts.first);
      expect(first.seeded).toBe(half);
      const store = await openStore(getUrl());
      try {
        // An analyst reviews one seeded alert; the replay streams 5 more transactions under the first version.
        const [alert] = await listAlerts(store, { filter: "all" });
        expect(alert).toBeDefined();
        expect(await recordReview(store, alert!.id, { label: "fraud", note: "confirmed with the cardholder" })).toBe(true);
        const before = await getAlert(store, alert!.id);
        const artifact = await loadFraudArtifact(artifacts.first);
        try {
          const replay = await nextReplayInputs(store, holdout, 5);
          expect(replay.remaining).toBe(replayPart - 5);
          await scoreAndStore(artifact.model, store, replay.inputs, { source: "replay" });
          expect((await nextReplayInputs(store, holdout, 5)).remaining).toBe(replayPart - 10);
        } finally {
          artifact.model.scorer.dispose();
        }
        expect(await store.scoredTransaction.count()).toBe(half + 5);

        // Retrain, seed again: the new version re-scores every held-back transaction but the reviewed one.
        const second = await seed(artifacts.second);
        expect(second.seeded).toBe(half - 1);
        const demo = await demoRows(store);
        expect(demo.rows).toBe(half); // was half + half - 1 + 5 before the fix: every transaction twice
        expect(demo.distinct).toBe(demo.rows);
        expect(demo.all.filter((r) => r.modelVersion === versions.first)).toHaveLength(1);
        expect(await store.modelRun.count()).toBe(2);
        expect((await liveKpis(store, 5)).transactions).toBe(half);

        // The verdict and everything the analyst saw are untouched.
        const after = await getAlert(store, alert!.id);
        expect(after?.modelVersion).toBe(versions.first);
        expect(after?.probability).toBe(before?.probability);
        expect(after?.explanation).toEqual(before?.explanation);
        expect(after?.review).toEqual(before?.review);
        expect(await store.review.count()).toBe(1);

        // The replay starts over under the new version (its earlier rows were unreviewed and are gone).
        expect((await nextReplayInputs(store, holdout, 5)).remaining).toBe(replayPart - 5);

        // Seeding the same version again changes nothing.
        expect((await seed(artifacts.second)).seeded).toBe(0);
        expect((await demoRows(store)).rows).toBe(half);
      } finally {
        await store.$disconnect();
      }
    });
  },
  { prismaDir: path.join(APP_DIR, "prisma") },
);
