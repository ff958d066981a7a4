import { afterAll, beforeAll, expect, it } from "@jest/globals";
import path from "node:path";
import { describeEachStore } from "@verticals/db/testing";
import { openStore, type Store } from "../src/store/client";
import { addStudy, auditTrail, ensureRun, recordDecision, studyDetail, worklist, DecisionError } from "../src/store/queries";

const prismaDir = path.join(import.meta.dirname, "..", "prisma");
const pixels = new Uint8Array(784).map((_, i) => i % 256);

const run = {
  modelVersion: "triage-cnn@test0000001",
  trainedAt: new Date("2026-11-01T00:00:00Z"),
  backend: "wasm (test)",
  trainSeconds: 1.5,
  dataKind: "synthetic",
  dataName: "test",
  reportSplit: "test",
  threshold: 0.7,
  targetSensitivity: 0.95,
  metrics: { cnn: { auc: 0.9 } },
  curves: null,
  card: { name: "test" },
};

describeEachStore(
  "triage store",
  (getUrl) => {
    let store: Store;
    beforeAll(async () => {
      store = await openStore(getUrl());
    });
    afterAll(async () => {
      await store?.$disconnect();
    });

    const study = (probability: number, flagged: boolean, minutesAgo: number, runId: number, extra: Record<string, unknown> = {}) =>
      addStudy(store, {
        source: "upload",
        format: "dicom",
        arrivedAt: new Date(Date.now() - minutesAgo * 60_000),
        pixels,
        preview: { width: 28, height: 28, data: pixels },
        originalWidth: 512,
        originalHeight: 512,
        deidentifiedDicom: new Uint8Array([1, 2, 3, 4]),
        deidReport: { counts: { removed: 3, emptied: 2, uidsReplaced: 1, privateRemoved: 0 } },
        prediction: { runId, modelVersion: run.modelVersion, logit: 1, probability, threshold: 0.7, flagged },
        heatmap: { method: "grad-cam", width: 7, height: 7, data: new Array(49).fill(0.5) },
        actor: "test uploader",
        ...extra,
      });

    it("registers a run once, and fills in curves later", async () => {
      const first = await ensureRun(store, run);
      const second = await ensureRun(store, { ...run, curves: { labels: [0, 1] } });
      expect(first.created).toBe(true);
      expect(second).toEqual({ id: first.id, created: false });
      const row = await store.run.findUniqueOrThrow({ where: { id: first.id } });
      expect(JSON.parse(row.curvesJson)).toEqual({ labels: [0, 1] });
    });

    it("stores a de-identified study with prediction, heatmap and audit events in one go", async () => {
      const { id: runId } = await ensureRun(store, run);
      const { id, accession } = await study(0.91, true, 30, runId);
      expect(accession).toMatch(/^TRG-[0-9A-F]{8}$/);
      const detail = await studyDetail(store, id);
      expect(Array.from(detail!.pixels)).toEqual(Array.from(pixels));
      expect(Array.from(detail!.deidentifiedDicom!)).toEqual([1, 2, 3, 4]);
      expect(detail!.predictions[0]!.heatmap!.width).toBe(7);
      expect(JSON.parse(detail!.predictions[0]!.heatmap!.valuesJson)).toHaveLength(49);
      const events = await auditTrail(store, { studyId: id });
      expect(events.map((e) => e.action).sort()).toEqual(["prediction.created", "study.deidentified", "study.received"]);
    });

    it("ranks the worklist and removes decided studies, with an audit entry per decision", async () => {
      const { id: runId } = await ensureRun(store, run);
      const low = await study(0.1, false, 10, runId);
      const high = await study(0.99, true, 1, runId);
      const old = await study(0.2, false, 600, runId);
      const list = await worklist(store);
      const ids = list.map((e) => e.id);
      expect(ids.indexOf(high.id)).toBeLessThan(ids.indexOf(old.id));
      expect(ids.indexOf(old.id)).toBeLessThan(ids.indexOf(low.id));
      expect(list.find((e) => e.id === old.id)!.tier).toBe("overdue");

      const confirmed = await recordDecision(store, { studyId: high.id, finding: "pneumonia", reader: "Dr Test" });
      const overridden = await recordDecision(store, { studyId: low.id, finding: "pneumonia", reader: "Dr Test", note: "left lower lobe" });
      expect(confirmed.action).toBe("confirm");
      expect(overridden.action).toBe("override");
      expect(overridden.modelVersion).toBe(run.modelVersion);
      const after = (await worklist(store)).map((e) => e.id);
      expect(after).not.toContain(high.id);
      expect(after).not.toContain(low.id);
      const trail = await auditTrail(store, { studyId: low.id });
      const decision = trail.find((e) => e.action === "decision.overridden")!;
      expect(decision.actor).toBe("Dr Test");
      expect(decision.modelVersion).toBe(run.modelVersion);
      expect(JSON.parse(decision.detailsJson)).toMatchObject({ finding: "pneumonia", modelFlag: false, note: "left lower lobe" });
    });

    it("refuses a decision on a study that does not exist (404)", async () => {
      await expect(recordDecision(store, { studyId: 999_999, finding: "normal", reader: "Dr Test" })).rejects.toThrow(DecisionError);
    });
  },
  { prismaDir },
);
