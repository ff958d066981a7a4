import { afterAll, beforeAll, expect, it } from "@jest/globals";
import path from "node:path";
import { describeEachStore, verifySchema } from "@verticals/db/testing";
import { migrationsDirFor } from "@verticals/db";
import type { ModelCard } from "@verticals/core";
import { openStore, type Store } from "../src/store/client";
import { liveKpis } from "../src/store/kpis";
import { addScoredRecords, topRecords } from "../src/store/records";
import { ensureRun, latestRun, type RunInput } from "../src/store/runs";

const prismaDir = path.join(import.meta.dirname, "..", "prisma");

const card: ModelCard = {
  name: "test model",
  version: "__NAME__-mlp@test00000001",
  createdAt: "2026-11-01T00:00:00.000Z",
  task: "test",
  description: "",
  intendedUse: "",
  limitations: [],
  data: { dataset: "test", provenance: { kind: "synthetic", name: "test data" }, rows: { train: 7, validation: 1, test: 2 }, split: "test split" },
  metrics: { auc: 0.9 },
  baseline: { name: "baseline", metrics: { auc: 0.8 } },
  backend: { name: "cpu", simd: false, threads: 1, tfjsVersion: "4.22.0", requested: "auto", requestedVia: "default" },
  trainSeconds: 1,
  hyperparameters: {},
};

const run: RunInput = {
  modelVersion: card.version,
  trainedAt: new Date(card.createdAt),
  backend: "tfjs · cpu",
  trainSeconds: 1,
  dataKind: "synthetic",
  dataName: "test data",
  threshold: 0.5,
  metrics: { model: card.metrics, baseline: card.baseline.metrics },
  card,
};

const record = (externalId: string, probability: number, label: number | null) => ({
  externalId,
  features: { x1: probability },
  probability,
  flagged: probability >= 0.5,
  label,
});

describeEachStore(
  "__NAME__ store",
  (getUrl, provider) => {
    let store: Store;
    beforeAll(async () => {
      store = await openStore(getUrl());
    });
    afterAll(async () => {
      await store?.$disconnect();
    });

    it("has exactly the tables and columns prisma/schema.prisma describes after its migrations", async () => {
      const result = await verifySchema({ url: getUrl(), schemaPath: path.join(prismaDir, "schema.prisma"), migrationsDir: migrationsDirFor(prismaDir, provider) });
      expect(result.problems).toEqual([]);
    });

    it("registers a run once and reads it back with its card", async () => {
      const first = await ensureRun(store, run);
      expect(first.created).toBe(true);
      expect(await ensureRun(store, run)).toEqual({ id: first.id, created: false });
      const latest = await latestRun(store);
      expect(latest?.modelVersion).toBe(card.version);
      expect(latest?.card.metrics.auc).toBe(0.9);
      expect(latest?.metrics.baseline.auc).toBe(0.8);
    });

    it("adds records once per run and counts the live figures from them", async () => {
      const { id } = await ensureRun(store, run);
      const records = [record("a", 0.9, 1), record("b", 0.7, 0), record("c", 0.2, 1), record("d", 0.1, 0), record("e", 0.6, null)];
      expect(await addScoredRecords(store, id, records)).toBe(5);
      expect(await addScoredRecords(store, id, records)).toBe(0);
      const kpis = await liveKpis(store);
      expect(kpis).toMatchObject({ scored: 5, flagged: 3, labelled: 4 });
      expect(kpis.flagRate).toBeCloseTo(0.6);
      expect(kpis.precision).toBeCloseTo(0.5); // a (positive) and b (negative) are the flagged, labelled ones
      expect(kpis.recall).toBeCloseTo(0.5); // a of the positives a and c
      expect((await topRecords(store, 2)).map((r) => r.externalId)).toEqual(["a", "b"]);
      await expect(addScoredRecords(store, id, [record("z", 1.5, 1)])).rejects.toThrow(/record z: probability 1.5/);
    });
  },
  { prismaDir },
);
