// The store on SQLite and PostgreSQL (the PostgreSQL block is skipped with a message when it is not installed).
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { loadCreditcard } from "@verticals/data";
import { describeEachStore } from "@verticals/db/testing";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { INPUT_FIELDS, type Transaction } from "../src/pipeline/columns";
import type { Explanation } from "../src/pipeline/explain";
import type { EvaluationReport } from "../src/pipeline/evaluate";
import { getAlert, listAlerts, recordReview } from "../src/store/alerts";
import { openStore, type Store } from "../src/store/client";
import { exportLabelledCsv } from "../src/store/export";
import { liveKpis } from "../src/store/kpis";
import { latestRun, recordRun, type RunRecord } from "../src/store/runs";
import { storeScoredBatch, type ScoredRow } from "../src/store/transactions";
import { APP_DIR, tempDir } from "./helpers";

const VERSION = "fraud-store-test";

function transaction(i: number): Transaction {
  return Object.fromEntries(INPUT_FIELDS.map((f, j) => [f, f === "Amount" ? 10 * (i + 1) : f === "Time" ? 100 * i : (i + 1) * 0.1 * (j % 5) - 0.2])) as Transaction;
}

function explanation(probability: number): Explanation {
  return {
    method: "integrated-gradients",
    modelVersion: VERSION,
    reference: "test reference",
    probability,
    referenceProbability: 0.001,
    contributions: [
      { field: "V14", value: -8, typical: 0, contribution: probability * 0.7 },
      { field: "Amount", value: 1, typical: 80, contribution: -0.01 },
    ],
    residual: 0.0001,
    steps: 48,
  };
}

const run: RunRecord = {
  version: VERSION,
  trainedAt: new Date("2026-11-24T10:00:00Z"),
  backend: "wasm (test)",
  dataKind: "synthetic",
  dataName: "test rows",
  alertThreshold: 0.04,
  blockThreshold: 0.9,
  costMissedFraud: 122,
  costReview: 5,
  evaluation: { rows: 10, frauds: 1 } as unknown as EvaluationReport,
  card: { name: "test", version: VERSION } as unknown as RunRecord["card"],
};

const rows: ScoredRow[] = [
  { reference: "a", transaction: transaction(0), probability: 0.01, decision: "approve", knownClass: 1, explanation: null },
  { reference: "b", transaction: transaction(1), probability: 0.3, decision: "review", knownClass: 0, explanation: explanation(0.3) },
  { reference: null, transaction: transaction(2), probability: 0.97, decision: "block", knownClass: null, explanation: explanation(0.97) },
];

describeEachStore(
  "fraud store",
  (getUrl) => {
    let store: Store;
    beforeAll(async () => {
      store = await openStore(getUrl());
    });
    afterAll(async () => {
      await store?.$disconnect();
    });

    it("records a model version once, with its report", async () => {
      await recordRun(store, run);
      await recordRun(store, { ...run, backend: "changed" });
      const latest = await latestRun(store);
      expect(latest?.version).toBe(VERSION);
      expect(latest?.backend).toBe("wasm (test)");
      expect(latest?.evaluation.rows).toBe(10);
    });

    it("stores a batch with its alerts, and the queue lists them by risk", async () => {
      const stored = await storeScoredBatch(store, { modelVersion: VERSION, source: "api", rows });
      expect(stored.transactionIds).toHaveLength(3);
      expect(stored.alertIds[0]).toBeNull();
      expect(stored.alertIds[1]).not.toBeNull();
      const queue = await listAlerts(store);
      expect(queue.map((a) => a.probability)).toEqual([0.97, 0.3]);
      expect(queue[0]!.topFactor).toBe("V14");
      const detail = await getAlert(store, stored.alertIds[2]!);
      expect(detail?.transaction).toEqual(rows[2]!.transaction);
      expect(detail?.explanation).toEqual(rows[2]!.explanation);
      expect(detail?.modelVersion).toBe(VERSION);
    });

    it("stores a request or a file whole or not at all", async () => {
      const before = await store.scoredTransaction.count();
      // One INSERT: a broken row fails the statement, the good rows with it.
      const broken = { ...rows[0]!, transaction: { ...rows[0]!.transaction, Amount: undefined as unknown as number } };
      await expect(storeScoredBatch(store, { modelVersion: VERSION, source: "api", rows: [rows[0]!, broken] })).rejects.toThrow();
      expect(await store.scoredTransaction.count()).toBe(before);
      // 600 rows go in two INSERTs inside a transaction; the last row is broken, so the first 500 are rolled back.
      const many: ScoredRow[] = Array.from({ length: 600 }, (_, i) => ({ ...rows[0]!, reference: `bulk-${i}` }));
      many[599] = { ...many[599]!, transaction: { ...many[599]!.transaction, Time: undefined as unknown as number } };
      await expect(storeScoredBatch(store, { modelVersion: VERSION, source: "upload", upload: { fileName: "bad.csv" }, rows: many })).rejects.toThrow();
      expect(await store.scoredTransaction.count()).toBe(before);
      expect(await store.upload.count()).toBe(0);
      const ok = await storeScoredBatch(store, { modelVersion: VERSION, source: "upload", upload: { fileName: "good.csv" }, rows: many.slice(0, 599) });
      expect(ok.uploadId).not.toBeNull();
      expect(await store.scoredTransaction.count()).toBe(before + 599);
    });

    it("counts reviews in the live precision and exports them in the creditcard.csv schema", async () => {
      const [blocked, reviewed] = await listAlerts(store, { filter: "all" });
      let kpis = await liveKpis(store, 5);
      expect(kpis.alerts).toBe(2);
      expect(kpis.blocked).toBe(1);
      expect(Number.isNaN(kpis.livePrecision)).toBe(true);
      expect(kpis.falseAlarms).toBe(1); // the review row came with knownClass 0
      expect(await recordReview(store, blocked!.id, { label: "legitimate", note: "first look" })).toBe(true);
      expect(await recordReview(store, blocked!.id, { label: "fraud", note: "cardholder denies it" })).toBe(true);
      expect(await recordReview(store, reviewed!.id, { label: "legitimate", note: "known customer" })).toBe(true);
      expect(await recordReview(store, 999_999, { label: "fraud", note: "x" })).toBe(false);
      kpis = await liveKpis(store, 5);
      expect(kpis.reviewed).toBe(2);
      expect(kpis.livePrecision).toBe(0.5);
      expect(kpis.caughtFrauds).toBe(1);
      expect(kpis.caughtAmount).toBe(30);
      expect(kpis.missedFrauds).toBe(1 + 599); // approved rows that came with knownClass 1
      expect(kpis.reviewCost).toBe(10);

      const { csv, rows: exported } = await exportLabelledCsv(store);
      expect(exported).toBe(2);
      const dir = tempDir("export");
      try {
        const file = path.join(dir.dir, "creditcard.csv");
        writeFileSync(file, csv);
        const loaded = await loadCreditcard(file, { provenance: { kind: "real", dataset: "creditcard", name: "analyst verdicts" } });
        expect(loaded.rowCount).toBe(2);
        expect(Array.from(loaded.label).sort()).toEqual([0, 1]);
        expect(loaded.columns.Amount[0]).toBe(30);
        expect(loaded.columns.V3[0]).toBeCloseTo(rows[2]!.transaction.V3, 12);
      } finally {
        dir.remove();
      }
    });
  },
  { prismaDir: path.join(APP_DIR, "prisma") },
);
