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
});
