import { describe, expect, it } from "@jest/globals";
import { MEASUREMENT_COUNT, sensorColumn, type Engine } from "../src/pipeline/rul/engines";
import { fitNormalisation, inputFeatures, normaliseEngine } from "../src/pipeline/rul/normalise";

// Sensor 2 rises 1 per cycle, sensor 3 is flat; everything else is 0.
const engine = (unit: number, cycles: number): Engine => {
  const values = new Float64Array(cycles * MEASUREMENT_COUNT);
  for (let t = 0; t < cycles; t++) {
    values[t * MEASUREMENT_COUNT + sensorColumn(2)] = t;
    values[t * MEASUREMENT_COUNT + sensorColumn(3)] = 7;
  }
  return { unit, firstCycle: 1, cycles, values };
};

describe("sensor normalisation", () => {
  it("z-scores each sensor over the training cycles; a flat sensor becomes 0 instead of dividing by zero", () => {
    const norm = fitNormalisation([engine(1, 5)], { sensors: [2, 3] });
    expect(norm.mean).toEqual([2, 7]);
    expect(norm.std[0]).toBeCloseTo(Math.sqrt(2), 12);
    expect(norm.std[1]).toBe(1);
    const rows = normaliseEngine(engine(1, 5), norm);
    expect(inputFeatures(norm)).toBe(2);
    expect(rows[0]).toBeCloseTo(-2 / Math.sqrt(2), 6);
    expect(rows[1]).toBe(0);
  });

  it("adds the engine's age, scaled by the training engines' mean life, as a last channel", () => {
    const norm = fitNormalisation([engine(1, 100), engine(2, 300)], { sensors: [2], age: true });
    expect(norm.ageScale).toBe(200);
    expect(inputFeatures(norm)).toBe(2);
    const later = { ...engine(3, 4), firstCycle: 51 };
    const rows = normaliseEngine(later, norm);
    expect(Array.from(rows.filter((_, i) => i % 2 === 1))).toEqual([51, 52, 53, 54].map((c) => Math.fround(c / 200)));
  });

  it("adds each sensor's change from the engine's own early mean, computed from past cycles only", () => {
    const norm = fitNormalisation([engine(1, 5)], { sensors: [2, 3], age: true, baselineCycles: 3 });
    expect(inputFeatures(norm)).toBe(5); // 2 sensors, 2 changes, age
    const rows = normaliseEngine(engine(1, 6), norm);
    const z2 = (t: number) => (t - 2) / Math.sqrt(2);
    // Sensor 2 at t: its z-score minus the mean z-score of cycles 0..min(t, 2).
    const expected = [0, z2(1) - (z2(0) + z2(1)) / 2, z2(2) - (z2(0) + z2(1) + z2(2)) / 3, z2(3) - z2(1), z2(4) - z2(1), z2(5) - z2(1)];
    for (let t = 0; t < 6; t++) {
      expect(rows[t * 5 + 2]).toBeCloseTo(expected[t]!, 5);
      expect(rows[t * 5 + 3]).toBe(0); // the flat sensor never moves from its baseline
    }
    // The prefix of an engine gets the same channels as the whole engine (no look-ahead).
    const prefix = normaliseEngine({ ...engine(1, 6), cycles: 2, values: engine(1, 6).values.slice(0, 2 * MEASUREMENT_COUNT) }, norm);
    expect(Array.from(prefix)).toEqual(Array.from(rows.subarray(0, 10)));
  });
});
