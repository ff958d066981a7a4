import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { generateCmapss, loadCmapss, readProvenance, type CmapssData, type CmapssMeasurement } from "../src/index";
import { makeTempDir, removeDir } from "./test-helpers";

let dir: string;
let data: CmapssData;
beforeAll(async () => {
  dir = await makeTempDir("syn-cmapss");
  await generateCmapss(dir, { seed: 42 });
  data = await loadCmapss(dir);
});
afterAll(() => removeDir(dir));

/** Mean of a sensor over rows whose cycles-to-failure (train) fall in [lo, hi]. */
function meanByRemaining(sensor: CmapssMeasurement, lo: number, hi: number): number {
  const { train } = data;
  let sum = 0;
  let n = 0;
  for (let u = 0; u < train.units.id.length; u++) {
    const start = train.units.start[u]!;
    const length = train.units.length[u]!;
    for (let k = 0; k < length; k++) {
      const remaining = length - 1 - k;
      if (remaining >= lo && remaining <= hi) {
        sum += train.columns[sensor][start + k]!;
        n++;
      }
    }
  }
  return sum / n;
}

describe("generateCmapss", () => {
  it("writes NASA's layout: 26 space-separated columns, two trailing spaces, and RUL lines 'n '", async () => {
    const lines = (await readFile(join(dir, "train_FD001.txt"), "utf8")).split("\n");
    expect(lines.at(-1)).toBe("");
    const bad = lines.slice(0, -1).filter((line) => !line.endsWith("  ") || line.endsWith("   ") || line.trimEnd().split(" ").length !== 26);
    expect(bad).toEqual([]);
    expect(lines[0]).toMatch(/^1 1 -?\d\.\d{4} -?\d\.\d{4} 100\.0 518\.67 \d{3}\.\d{2} /);
    const rul = (await readFile(join(dir, "RUL_FD001.txt"), "utf8")).split("\n");
    expect(rul[0]).toMatch(/^\d+ $/);
    expect((await readProvenance("cmapss", dir)).kind).toBe("synthetic");
  });

  it("runs 100 training engines to failure after 128-362 cycles and cuts 100 test engines short with true RULs", () => {
    const { train, test, rul } = data;
    expect(train.units.id).toHaveLength(100);
    const lengths = Array.from(train.units.length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(128);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(362);
    const meanLife = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    expect(meanLife).toBeGreaterThan(180);
    expect(meanLife).toBeLessThan(235);
    expect(test?.units.id).toHaveLength(100);
    expect(rul).toHaveLength(100);
    expect(Math.min(...rul!)).toBeGreaterThanOrEqual(7);
    expect(Math.max(...rul!)).toBeLessThanOrEqual(145);
    expect(Math.min(...test!.units.length)).toBeGreaterThanOrEqual(31);
    // Observed + remaining is a full life.
    const lives = Array.from(test!.units.length, (observed, u) => observed + rul![u]!);
    expect(Math.min(...lives)).toBeGreaterThanOrEqual(128);
    expect(Math.max(...lives)).toBeLessThanOrEqual(362);
  });

  it("keeps FD001's flat sensors flat", () => {
    for (const s of [1, 5, 10, 16, 18, 19]) {
      const col = data.train.columns[`sensor_${s}` as CmapssMeasurement];
      expect(Math.min(...col)).toBe(Math.max(...col));
    }
    expect(data.train.columns.op_setting_3.every((x) => x === 100)).toBe(true);
    const s6 = data.train.columns.sensor_6;
    expect(s6.filter((x) => x !== 21.61).length / s6.length).toBeLessThan(0.01);
  });

  it("degrades informative sensors toward failure, exponentially (little change early, most near the end)", () => {
    const up = ["sensor_2", "sensor_3", "sensor_4", "sensor_11", "sensor_15", "sensor_17"] as const;
    const down = ["sensor_7", "sensor_12", "sensor_20", "sensor_21"] as const;
    for (const s of [...up, ...down]) {
      const healthy = meanByRemaining(s, 150, 400);
      const middle = meanByRemaining(s, 60, 80);
      const failing = meanByRemaining(s, 0, 5);
      const sign = (up as readonly string[]).includes(s) ? 1 : -1;
      expect(sign * (failing - healthy)).toBeGreaterThan(0);
      // Exponential growth: at 60-80 cycles from failure less than half of the total change has happened.
      expect(Math.abs(middle - healthy)).toBeLessThan(0.5 * Math.abs(failing - healthy));
    }
    // Sensor 4 moves by ~25 K between healthy and failing, many times its noise.
    expect(meanByRemaining("sensor_4", 0, 5) - meanByRemaining("sensor_4", 150, 400)).toBeGreaterThan(18);
  });
});
