import { describe, expect, it } from "@jest/globals";
import { CREDITCARD_FEATURES } from "@verticals/data";
import { INPUT_FIELDS, columnsFromRows, type Transaction } from "../src/pipeline/columns";
import { decideTimeOfDay, featureMatrix, fitFeatureSpec, SECONDS_PER_DAY } from "../src/pipeline/features";
import { stratifiedFolds, stratifiedSplit } from "../src/pipeline/split";

function transaction(overrides: Partial<Transaction> = {}): Transaction {
  const row = Object.fromEntries(INPUT_FIELDS.map((f) => [f, 0])) as Transaction;
  return { ...row, ...overrides };
}

describe("input fields", () => {
  it("match the creditcard.csv schema of @verticals/data", () => {
    expect([...INPUT_FIELDS]).toEqual([...CREDITCARD_FEATURES]);
  });
});

describe("time of day", () => {
  it("is not used when the legitimate rows cover only the first hour (the real ULB subset)", () => {
    const time = Float64Array.from([0, 1200, 3641, 406, 90_000, 170_348]);
    const labels = Uint8Array.from([0, 0, 0, 1, 1, 1]);
    const decision = decideTimeOfDay(time, labels);
    expect(decision.used).toBe(false);
    expect(decision.spanSeconds.legitimate).toBe(3641);
    expect(decision.reason).toMatch(/not used/);
    expect(decision.reason).toMatch(/1\.0 h/);
  });

  it("is used when both classes span at least a whole day, and then adds sine and cosine of the hour", () => {
    const time = Float64Array.from([0, SECONDS_PER_DAY + 10, 5, SECONDS_PER_DAY * 1.5]);
    const labels = Uint8Array.from([0, 0, 1, 1]);
    expect(decideTimeOfDay(time, labels).used).toBe(true);
    const rows = [transaction({ Time: 0 }), transaction({ Time: 6 * 3600 }), transaction({ Time: 12 * 3600, Amount: 10 }), transaction({ Time: 18 * 3600 })];
    const spec = fitFeatureSpec(columnsFromRows(rows), Uint8Array.from([0, 0, 1, 1]), true);
    expect(spec.names.slice(-2)).toEqual(["sin(hour)", "cos(hour)"]);
    expect(spec.sources.slice(-2)).toEqual(["Time", "Time"]);
    expect(spec.baselineColumns).toContain(spec.names.length - 1);
  });
});

describe("feature matrix", () => {
  const rows = [
    transaction({ V1: 2, V14: -30, Amount: 0 }),
    transaction({ V1: -1, V14: 0.5, Amount: 99 }),
    transaction({ V1: 0.5, V14: 1, Amount: 1 }),
    transaction({ V1: 1.5, V14: -2, Amount: 250 }),
  ];
  const labels = Uint8Array.from([1, 0, 0, 0]);
  const data = columnsFromRows(rows);
  const spec = fitFeatureSpec(data, labels, false);
  const width = spec.names.length;
  const matrix = featureMatrix(data, spec);

  it("has raw and signed-log components, log amount, no time, standardised on the training rows", () => {
    expect(width).toBe(28 + 28 + 1);
    expect(spec.names[0]).toBe("V1");
    expect(spec.names).toContain("slog(V14)");
    expect(spec.names[width - 1]).toBe("log1p(Amount)");
    const column = (j: number) => Array.from({ length: rows.length }, (_, i) => matrix[i * width + j]!);
    for (const j of [0, spec.names.indexOf("slog(V14)"), width - 1]) {
      const values = column(j);
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
      expect(mean).toBeCloseTo(0, 5);
      expect(sd).toBeCloseTo(1, 5);
    }
    // A constant column (V2 is 0 everywhere) gets scale 1 and stays at 0 instead of dividing by zero.
    expect(column(1).every((v) => v === 0)).toBe(true);
  });

  it("compresses the tails with a signed log", () => {
    const j = spec.names.indexOf("slog(V14)");
    const raw = (-Math.log1p(30) - spec.means[j]!) / spec.scales[j]!;
    expect(matrix[0 * width + j]).toBeCloseTo(raw, 5);
  });

  it("keeps the legitimate mean as the explanation reference and refuses a spec from other code", () => {
    expect(spec.legitimateInputMeans.Amount).toBeCloseTo((99 + 1 + 250) / 3, 10);
    expect(() => featureMatrix(data, { ...spec, names: [...spec.names.slice(0, -1), "Amount"] })).toThrow(/retrain the model/);
  });
});

describe("splits", () => {
  const labels = Uint8Array.from({ length: 1000 }, (_, i) => (i % 20 === 0 ? 1 : 0));

  it("stratifies, is seeded, and returns each part in file order", () => {
    const a = stratifiedSplit(labels, { validation: 0.2, test: 0 }, 3);
    const b = stratifiedSplit(labels, { validation: 0.2, test: 0 }, 3);
    expect(Array.from(a.validation)).toEqual(Array.from(b.validation));
    expect(a.train.length + a.validation.length).toBe(1000);
    expect(Array.from(a.validation).filter((i) => labels[i] === 1)).toHaveLength(10);
    expect(Array.from(a.train)).toEqual([...a.train].sort((x, y) => x - y));
    expect(Array.from(stratifiedSplit(labels, { validation: 0.2, test: 0 }, 4).validation)).not.toEqual(Array.from(a.validation));
  });

  it("deals every class evenly over the folds", () => {
    const folds = stratifiedFolds(labels, 5, 1);
    for (let k = 0; k < 5; k++) {
      expect(Array.from(folds).filter((f, i) => f === k && labels[i] === 1)).toHaveLength(10);
      expect(Array.from(folds).filter((f) => f === k)).toHaveLength(200);
    }
    expect(() => stratifiedFolds(labels, 1, 1)).toThrow(/folds/);
  });
});
