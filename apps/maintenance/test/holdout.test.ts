import { describe, expect, it } from "@jest/globals";
import { MEASUREMENT_COUNT, truncate, type Engine } from "../src/pipeline/rul/engines";
import { cutShort, memberSplits, splitByEngine } from "../src/pipeline/rul/holdout";

const engine = (unit: number, cycles: number): Engine => ({ unit, firstCycle: 1, cycles, values: new Float64Array(cycles * MEASUREMENT_COUNT).fill(unit) });

describe("validation by engine", () => {
  const engines = Array.from({ length: 50 }, (_, i) => engine(i + 1, 128 + i * 3));

  it("holds out whole engines, the same ones for the same seed", () => {
    const { kept, heldOut } = splitByEngine(engines, 0.2, 5);
    expect(heldOut).toHaveLength(10);
    expect(kept).toHaveLength(40);
    const keptUnits = new Set(kept.map((e) => e.unit));
    expect(heldOut.every((e) => !keptUnits.has(e.unit))).toBe(true);
    expect(splitByEngine(engines, 0.2, 5).heldOut.map((e) => e.unit)).toEqual(heldOut.map((e) => e.unit));
    expect(splitByEngine(engines, 0.2, 6).heldOut.map((e) => e.unit)).not.toEqual(heldOut.map((e) => e.unit));
  });

  it("cuts engines like NASA's test: true RUL 7..145, at least 31 cycles seen", () => {
    const cuts = cutShort(engines, 4, 9);
    expect(cuts).toHaveLength(200);
    for (const c of cuts) {
      const full = engines.find((e) => e.unit === c.engine.unit)!;
      expect(c.trueRul).toBeGreaterThanOrEqual(7);
      expect(c.trueRul).toBeLessThanOrEqual(145);
      expect(c.engine.cycles).toBeGreaterThanOrEqual(31);
      expect(c.engine.cycles + c.trueRul).toBe(full.cycles);
    }
  });

  it("skips engines too short to cut and truncates by copying", () => {
    expect(cutShort([engine(1, 37)], 3, 1)).toHaveLength(0);
    const e = engine(2, 100);
    const t = truncate(e, 40);
    expect(t.cycles).toBe(40);
    expect(t.values.length).toBe(40 * MEASUREMENT_COUNT);
    expect(() => truncate(e, 101)).toThrow(/cannot keep 101/);
  });
});

describe("cross-fitted ensemble splits", () => {
  const engines = Array.from({ length: 23 }, (_, i) => engine(i + 1, 150 + i));
  const train = engines.slice(0, 18);
  const validation = engines.slice(18);

  it("one member keeps the given split", () => {
    const [only, ...rest] = memberSplits(train, validation, { ensemble: 1, folds: 5 }, 1);
    expect(rest).toHaveLength(0);
    expect(only!.train).toBe(train);
    expect(only!.validation).toBe(validation);
  });

  it("puts every engine in exactly one member's validation fold and never trains a member on it", () => {
    const splits = memberSplits(train, validation, { ensemble: 5, folds: 5 }, 1);
    expect(splits).toHaveLength(5);
    const validated = splits.flatMap((s) => s.validation.map((e) => e.unit)).sort((a, b) => a - b);
    expect(validated).toEqual(engines.map((e) => e.unit));
    for (const s of splits) {
      const trainedOn = new Set(s.train.map((e) => e.unit));
      expect(s.validation.some((e) => trainedOn.has(e.unit))).toBe(false);
      expect(s.train.length + s.validation.length).toBe(23);
      expect(s.validation.length).toBeGreaterThanOrEqual(4); // 23 engines in 5 folds: 4 or 5 each
    }
    expect(memberSplits(train, validation, { ensemble: 5, folds: 5 }, 1).map((s) => s.validation.map((e) => e.unit))).toEqual(splits.map((s) => s.validation.map((e) => e.unit)));
  });

  it("trains only the first members when the ensemble is smaller than the folds, and rejects impossible settings", () => {
    const splits = memberSplits(train, validation, { ensemble: 2, folds: 5 }, 1);
    expect(splits).toHaveLength(2);
    expect(splits[0]!.train.length).toBeGreaterThan(15);
    expect(() => memberSplits(train, validation, { ensemble: 3, folds: 2 }, 1)).toThrow(/folds/);
    expect(() => memberSplits(train.slice(0, 2), [], { ensemble: 3, folds: 3 }, 1)).toThrow(/2 engines/);
  });
});
