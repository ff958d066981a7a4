// A small model trained for real on seeded synthetic data: the assembled scorer, save/load, explanations.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { initBackend, tf } from "@verticals/core";
import { holdoutFrom, loadFraudArtifact, saveFraudArtifact } from "../src/pipeline/artifact";
import { baselineLogOdds } from "../src/pipeline/baseline";
import { buildModelCard } from "../src/pipeline/card";
import { rowAt, takeLabels, takeRows } from "../src/pipeline/columns";
import { explainTransactions } from "../src/pipeline/explain";
import { featureMatrix } from "../src/pipeline/features";
import { measure } from "../src/pipeline/holdout";
import { scoreProbabilities, scoreTransactions, type FraudModel } from "../src/pipeline/score";
import { stratifiedSplit } from "../src/pipeline/split";
import { trainFraudModel, type LabelledRows, type TrainedFraudModel } from "../src/pipeline/train";
import { FAST_HYPERPARAMETERS, labelledRows, syntheticData, tempDir } from "./helpers";

const temp = tempDir("model");
let trained: TrainedFraudModel;
let test: LabelledRows;
let model: FraudModel;

beforeAll(async () => {
  await initBackend();
  const all = await labelledRows(await syntheticData(temp.dir, { size: 2500 }));
  const split = stratifiedSplit(all.labels, { validation: 0.3, test: 0 }, 1);
  const part = (i: Int32Array) => ({ data: takeRows(all.data, i), labels: takeLabels(all.labels, i) });
  test = part(split.validation);
  trained = await trainFraudModel(part(split.train), {
    seed: 1,
    costs: { missedFraud: 122, review: 5 },
    blockProbability: 0.9,
    hyperparameters: { ...FAST_HYPERPARAMETERS, blendCandidates: [0.5] },
    reporter: null,
  });
  model = { version: "fraud-test", spec: trained.spec, scorer: trained.scorer, baseline: trained.baseline, policy: trained.policy };
});

afterAll(() => {
  trained?.scorer.dispose();
  temp.remove();
});

describe("trained scorer", () => {
  it("learns the synthetic frauds and beats chance by far on rows it never saw", () => {
    const report = measure(trained, test);
    expect(report.model.roc_auc).toBeGreaterThan(0.95);
    expect(report.baseline.roc_auc).toBeGreaterThan(0.9);
    expect(trained.members).toHaveLength(3);
    expect(trained.outOfFold.model).toHaveLength(trained.rows.train);
  });

  it("is exactly Platt(w · mean network log-odds + (1 − w) · baseline log-odds), as one graph", () => {
    const matrix = featureMatrix(test.data, trained.spec);
    const width = trained.spec.names.length;
    // The saved graph, run through the Layers API as a loaded artefact would be.
    const scorerLogits = Float64Array.from((trained.scorer.predict(tf.tensor2d(matrix, [test.labels.length, width])) as tf.Tensor).dataSync());
    // Take the network part back out of the graph: its layer "network_logit" averages the members.
    const networkModel = tf.model({ inputs: trained.scorer.inputs, outputs: trained.scorer.getLayer("network_logit").output as tf.SymbolicTensor });
    const network = Float64Array.from((networkModel.predict(tf.tensor2d(matrix, [test.labels.length, width])) as tf.Tensor).dataSync());
    const linear = baselineLogOdds(trained.baseline.regression, trained.spec, matrix);
    const { slope, intercept } = trained.platt;
    const fast = scoreProbabilities(model, test.data);
    for (let i = 0; i < 50; i++) {
      const expected = slope * (0.5 * network[i]! + 0.5 * linear[i]!) + intercept;
      expect(scorerLogits[i]).toBeCloseTo(expected, 3);
      // The plain-ops copy used for scoring and explanations computes the same function as the saved graph.
      expect(fast[i]).toBeCloseTo(1 / (1 + Math.exp(-scorerLogits[i]!)), 6);
    }
  });

  it("saves atomically and loads back to the same scores", async () => {
    const artifacts = tempDir("artifact");
    try {
      const card = buildModelCard({
        version: "fraud-test",
        trained,
        report: measure(trained, test),
        provenance: { kind: "synthetic", name: "test data" },
        backend: await initBackend(),
        seed: 1,
        splitDescription: "test split",
        testRows: test.labels.length,
        fingerprint: { fingerprint: "f".repeat(64), dataSha256: "d".repeat(64), codeSha256: "c".repeat(64), dataFile: "creditcard.csv" },
      });
      await saveFraudArtifact(artifacts.dir, { model: { ...model, card }, evaluation: measure(trained, test), holdout: holdoutFrom(test.data, test.labels) });
      const loaded = await loadFraudArtifact(artifacts.dir);
      const before = scoreProbabilities(model, test.data);
      const after = scoreProbabilities(loaded.model, test.data);
      for (let i = 0; i < before.length; i++) expect(after[i]).toBeCloseTo(before[i]!, 9);
      expect(loaded.model.version).toBe("fraud-test");
      expect(loaded.holdout.labels).toEqual(Array.from(test.labels));
      loaded.model.scorer.dispose();
    } finally {
      artifacts.remove();
    }
  });
});

describe("explanations", () => {
  it("add up to the probability change from the reference, per input field, largest first", () => {
    const { probabilities, decisions } = scoreTransactions(model, test.data);
    const alerts = decisions.flatMap((d, i) => (d === "approve" ? [] : [i])).slice(0, 12);
    expect(alerts.length).toBeGreaterThan(3);
    const explanations = explainTransactions(model, takeRows(test.data, alerts));
    explanations.forEach((e, k) => {
      const sum = e.contributions.reduce((a, c) => a + c.contribution, 0);
      // Exact bookkeeping: contributions = change + quadrature residual...
      expect(sum - e.residual).toBeCloseTo(e.probability - e.referenceProbability, 6);
      // ...and integrated gradients keeps that residual small (completeness).
      expect(Math.abs(e.residual)).toBeLessThan(0.02);
      // Computed by the same model that scored the transaction.
      expect(e.probability).toBeCloseTo(probabilities[alerts[k]!]!, 4);
      expect(e.contributions).toHaveLength(30);
      const sizes = e.contributions.map((c) => Math.abs(c.contribution));
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
      const row = rowAt(takeRows(test.data, [alerts[k]!]), 0);
      const v14 = e.contributions.find((c) => c.field === "V14")!;
      expect(v14.value).toBe(row.V14);
      expect(e.modelVersion).toBe("fraud-test");
    });
  });
});
