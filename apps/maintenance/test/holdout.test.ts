import { describe, expect, it } from "@jest/globals";
import { MEASUREMENT_COUNT, truncate, type Engine } from "../src/pipeline/rul/engines";
import { cutShort, splitByEngine } from "../src/pipeline/rul/holdout";

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
