// Checks on the real AI4I 2020 and C-MAPSS FD001 files in ../shared/datasets/equipment (or
// $VERTICALS_REAL_DATA_DIR/equipment). A fresh clone has neither: the tests skip with a message saying how to get them.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { initBackend } from "@verticals/core";
import { findRealDataRoot } from "@verticals/data";
import { DEFAULT_CONFIG } from "../src/pipeline/config";
import { loadEquipment, type EquipmentData } from "../src/pipeline/data";
import { runFailure } from "../src/pipeline/failure-task";
import { runRul } from "../src/pipeline/rul-task";
import { silenceStderr } from "./support/fixtures";

const root = findRealDataRoot();
const dir = root ? join(root, "equipment") : undefined;
const present = dir !== undefined && existsSync(join(dir, "ai4i2020", "ai4i2020.csv")) && existsSync(join(dir, "cmapss", "train_FD001.txt"));
if (!present) {
  console.warn(
    `real-data tests SKIPPED: no ai4i2020/ai4i2020.csv and cmapss/train_FD001.txt under ${dir ?? "<repo>/../shared/datasets/equipment"}; set VERTICALS_REAL_DATA_DIR to a folder holding equipment/ (AI4I 2020 from UCI dataset 601, NASA C-MAPSS FD001 from the PCoE repository)`,
  );
}
const describeReal = present ? describe : describe.skip;

describeReal("real AI4I 2020 and C-MAPSS FD001", () => {
  let data: EquipmentData;
  let restore: () => void;
  beforeAll(async () => {
    restore = silenceStderr();
    await initBackend();
    data = await loadEquipment(dir!);
  });
  afterAll(() => restore?.());

  it("reads the real files as real, cited data", () => {
    expect(data.ai4i.provenance.kind).toBe("real");
    expect(data.ai4i.provenance.licence).toMatch(/CC BY 4.0/);
    expect(data.cmapss.provenance.citation).toMatch(/Saxena/);
    expect(data.cmapss.train.units.id.length).toBe(100);
    expect(data.cmapss.train.rowCount).toBe(20_631);
  });

  it("predicts machine failure on held-out rows without failure-mode inputs, far above logistic regression", () => {
    const run = runFailure(data, DEFAULT_CONFIG.failure, 42);
    expect(run.evaluation.model.f1).toBeGreaterThan(0.8);
    expect(run.evaluation.model.auprc).toBeGreaterThan(run.evaluation.baseline.auprc + 0.2);
    expect(run.evaluation.modeAccuracy).toBeGreaterThan(0.8);
  });

  it("learns RUL on held-out engines cut short, well below the constant-mean baseline (short training)", async () => {
    const config = { ...DEFAULT_CONFIG.rul, epochs: 4, patience: 4, ensemble: 1 };
    const run = await runRul({ ...data.cmapss, test: undefined, rul: undefined }, config, 42, { reporter: null });
    for (const m of run.trained.models) m.dispose();
    expect(run.split.test.kind).toBe("holdout");
    expect(run.evaluation.rmse).toBeLessThan(run.evaluation.baselines.mean.rmse * 0.75);
    expect(run.evaluation.rmse).toBeLessThan(30);
  });
});
