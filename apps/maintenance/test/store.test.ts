// The store on SQLite and PostgreSQL: seeding, the dashboard's queries, ingest accepted whole or rejected whole.
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import path from "node:path";
import { initBackend } from "@verticals/core";
import { describeEachStore } from "@verticals/db/testing";
import { IngestError } from "../src/ingest/ingest-error";
import type { ReadingInput } from "../src/ingest/reading-input";
import { loadRulArtifact, type LoadedRulArtifact } from "../src/pipeline/artifacts";
import { DEFAULT_PLAN_SETTINGS } from "../src/pipeline/config";
import { seedMaintenance } from "../src/pipeline/seed";
import { openStore, type Store } from "../src/store/client";
import { ingestReadings } from "../src/store/ingest";
import { assetDetail, fleetRows, latestPlan } from "../src/store/queries";
import { MEASUREMENT_FIELDS } from "../src/store/readings";
import { computePlan } from "../src/store/refresh";
import { silenceStderr, testContext, TINY_CONFIG } from "./support/fixtures";
import { trainTinyFleet, type TinyFleet } from "./support/tiny-fleet";

const prismaDir = path.join(import.meta.dirname, "..", "prisma");
let fleet: TinyFleet;
let rul: LoadedRulArtifact;
let restore: () => void;

beforeAll(async () => {
  restore = silenceStderr();
  await initBackend();
  fleet = await trainTinyFleet();
  rul = await loadRulArtifact(fleet.artifactsDir);
});
afterAll(() => {
  for (const m of rul?.models ?? []) m.dispose();
  fleet?.cleanup();
  restore?.();
});

/** The next `count` cycles of an asset: its last stored values repeated (what a sensor feed would send). */
async function nextReadings(store: Store, assetId: string, count: number, unit: number): Promise<ReadingInput[]> {
  const last = await store.reading.findFirstOrThrow({ where: { assetId }, orderBy: { cycle: "desc" } });
  return Array.from({ length: count }, (_, k) => ({ row: k + 1, unit, cycle: last.cycle + 1 + k, values: MEASUREMENT_FIELDS.map((f) => last[f]) }));
}

async function rejection(run: () => Promise<unknown>): Promise<IngestError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error("expected an IngestError");
}

describeEachStore(
  "maintenance store",
  (getUrl) => {
    let store: Store;
    beforeAll(async () => {
      await seedMaintenance(testContext(fleet.dataDir, fleet.artifactsDir, getUrl()), TINY_CONFIG);
      store = await openStore(getUrl());
    });
    afterAll(async () => {
      await store?.$disconnect();
    });

    it("ranks the fleet riskiest first with each engine's latest prediction and plan", async () => {
      const rows = await fleetRows(store);
      expect(rows).toHaveLength(6);
      for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.failProb!).toBeGreaterThanOrEqual(rows[i]!.failProb!);
      for (const r of rows) {
        expect(r.rul).not.toBeNull();
        expect(r.health).toBeGreaterThanOrEqual(0);
        expect(r.trueRul).not.toBeNull();
        expect(["service", "run"]).toContain(r.planAction);
      }
      const detail = await assetDetail(store, rows[0]!.id);
      expect(detail!.readings.length).toBe(rows[0]!.readings);
      expect(detail!.predictions.at(-1)!.cycle).toBe(rows[0]!.lastCycle);
      expect(await assetDetail(store, "ENG-999")).toBeNull();
    });

    it("ingests new cycles in one go: readings, predictions and a new plan", async () => {
      const asset = (await store.asset.findFirstOrThrow({ orderBy: { id: "asc" } }));
      const before = await latestPlan(store);
      const inputs = await nextReadings(store, asset.id, 3, asset.unit);
      const result = await ingestReadings(store, rul, rul.card.version, inputs, { ...DEFAULT_PLAN_SETTINGS }, "csv");
      expect(result.accepted).toBe(3);
      expect(result.assets[0]).toMatchObject({ id: asset.id, fromCycle: inputs[0]!.cycle, toCycle: inputs[2]!.cycle });
      const after = await latestPlan(store);
      expect(after!.id).toBeGreaterThan(before!.id);
      expect(after!.trigger).toBe("ingest");
      const preds = await store.prediction.findMany({ where: { assetId: asset.id, cycle: { gte: inputs[0]!.cycle } } });
      expect(preds).toHaveLength(3);
      expect(await store.run.count({ where: { kind: "ingest" } })).toBe(1);
    });

    it("rejects a batch whole: a bad row at the end leaves nothing written", async () => {
      const asset = await store.asset.findFirstOrThrow({ orderBy: { id: "desc" } });
      const counts = async () => [await store.reading.count(), await store.prediction.count(), await store.plan.count()];
      const before = await counts();
      const inputs = await nextReadings(store, asset.id, 4, asset.unit);
      inputs[3] = { ...inputs[3]!, cycle: inputs[3]!.cycle + 2 }; // a gap
      const e = await rejection(() => ingestReadings(store, rul, rul.card.version, inputs, { ...DEFAULT_PLAN_SETTINGS }, "csv"));
      expect(e.status).toBe(422);
      expect(e.message).toMatch(/Reading 4: out-of-order cycle .* expected cycle \d+, got \d+ \(cycles \d+\.\.\d+ are missing\)/);
      expect(await counts()).toEqual(before);

      const unknown = await rejection(() => ingestReadings(store, rul, rul.card.version, [{ ...inputs[0]!, unit: 999 }], { ...DEFAULT_PLAN_SETTINGS }, "csv"));
      expect(unknown.message).toMatch(/unknown unit 999/);
      const repeated = await nextReadings(store, asset.id, 1, asset.unit);
      repeated[0]!.cycle -= 1;
      expect((await rejection(() => ingestReadings(store, rul, rul.card.version, repeated, { ...DEFAULT_PLAN_SETTINGS }, "api"))).message).toMatch(/already stored or repeated/);
      expect(await counts()).toEqual(before);
    });

    it("lets one of two concurrent uploads of the same cycles win and rolls the other back", async () => {
      const asset = await store.asset.findFirstOrThrow({ orderBy: { id: "asc" }, skip: 1 });
      const inputs = await nextReadings(store, asset.id, 2, asset.unit);
      const readingsBefore = await store.reading.count({ where: { assetId: asset.id } });
      const results = await Promise.allSettled([
        ingestReadings(store, rul, rul.card.version, inputs, { ...DEFAULT_PLAN_SETTINGS }, "csv"),
        ingestReadings(store, rul, rul.card.version, inputs, { ...DEFAULT_PLAN_SETTINGS }, "csv"),
      ]);
      const ok = results.filter((r) => r.status === "fulfilled");
      expect(ok.length).toBeGreaterThanOrEqual(1);
      for (const r of results) if (r.status === "rejected") expect((r.reason as IngestError).status).toBeGreaterThanOrEqual(400);
      expect(await store.reading.count({ where: { assetId: asset.id } })).toBe(readingsBefore + 2);
    });

    it("computes what-if plans without saving them", async () => {
      const plans = await store.plan.count();
      const none = await computePlan(store, rul.meta, { ...{ ...DEFAULT_PLAN_SETTINGS }, crewsPerSlot: 0 });
      expect(none.servicedCount).toBe(0);
      const many = await computePlan(store, rul.meta, { ...{ ...DEFAULT_PLAN_SETTINGS }, crewsPerSlot: 6, plannedStopCost: 1 });
      expect(many.expectedCost).toBeLessThanOrEqual(none.expectedCost);
      expect(await store.plan.count()).toBe(plans);
    });
  },
  { prismaDir },
);
