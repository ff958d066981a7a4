// On the real ULB subset, when this machine has it (../shared/datasets or VERTICALS_REAL_DATA_DIR); a fresh
// clone has no real data and skips with a message.
import { describe, expect, it } from "@jest/globals";
import { initBackend } from "@verticals/core";
import { findRealDataRoot, loadCreditcard } from "@verticals/data";
import { existsSync } from "node:fs";
import path from "node:path";
import { hardFraudSummary } from "../bench/hard-frauds";
import { trainAndTest } from "../src/pipeline/holdout";
import { FAST_HYPERPARAMETERS } from "./helpers";

const root = findRealDataRoot();
const file = root ? path.join(root, "fraud", "creditcard.csv") : null;
const available = file !== null && existsSync(file);
if (!available) {
  // stderr, not console: jest drops the console output of a suite whose tests are all skipped.
  process.stderr.write(`\n[fraud] real-data test SKIPPED: no ${file ?? "../shared/datasets/fraud/creditcard.csv"} (set VERTICALS_REAL_DATA_DIR to a folder holding fraud/creditcard.csv)\n`);
}

(available ? describe : describe.skip)("real ULB rows", () => {
  it("leaves Time out (legitimate rows are first-hour only) and separates frauds on held-back rows", async () => {
    await initBackend();
    const data = await loadCreditcard(file!);
    expect(data.provenance.kind).toBe("real");
    expect(data.rowCount).toBe(3336);
    const result = await trainAndTest(
      { data: { rows: data.rowCount, columns: data.columns }, labels: data.label },
      null,
      { seed: 42, costs: { missedFraud: 122, review: 5 }, blockProbability: 0.9, hyperparameters: FAST_HYPERPARAMETERS, reporter: null },
    );
    const hard = hardFraudSummary(result);
    result.trained.scorer.dispose();
    // The frauds' shares of the lost AUC add up to it; file row 131, a fraud whose 10 nearest training rows are
    // all legitimate, is among the look-alikes (a fact of the data and split, whatever the network).
    expect(hard.hard.reduce((sum, f) => sum + f.networkAucLost, 0)).toBeCloseTo(1 - hard.rocAuc, 10);
    const row131 = result.split.test.indexOf(131);
    expect(row131).toBeGreaterThanOrEqual(0);
    expect(hard.lookalikes).toBeGreaterThanOrEqual(1);
    expect(hard.hard.find((f) => f.testRow === row131)).toMatchObject({ fraudNeighbours: 0 });
    expect(result.trained.timeOfDay.used).toBe(false);
    expect(result.trained.spec.names).not.toContain("sin(hour)");
    expect(result.test.labels.length).toBe(667);
    // Even the small test-budget network ranks nearly all frauds first; the full model's figures come from `pnpm bench`.
    expect(result.report.model.roc_auc).toBeGreaterThan(0.95);
    expect(result.report.model.auprc).toBeGreaterThan(0.9);
    expect(result.report.model.recall).toBeGreaterThan(0.8);
  });
});
