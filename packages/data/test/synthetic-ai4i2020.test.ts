import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { AI4I_COLUMNS, generateAi4i2020, loadAi4i2020, readProvenance, type Ai4iData } from "../src/index";
import { makeTempDir, removeDir } from "./test-helpers";

let dir: string;
let data: Ai4iData;
let bytes: Buffer;
beforeAll(async () => {
  dir = await makeTempDir("syn-ai4i");
  await generateAi4i2020(dir, { seed: 42 });
  data = await loadAi4i2020(dir);
  bytes = await readFile(join(dir, "ai4i2020.csv"));
});
afterAll(() => removeDir(dir));

function meanSd(xs: ArrayLike<number>): { mean: number; sd: number } {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i]!;
  const mean = sum / xs.length;
  let ss = 0;
  for (let i = 0; i < xs.length; i++) ss += (xs[i]! - mean) ** 2;
  return { mean, sd: Math.sqrt(ss / xs.length) };
}

describe("generateAi4i2020", () => {
  it("writes UTF-8 with BOM, LF, the 14 original columns with units, read by loadAi4i2020 as synthetic", async () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.split("\n")[0]).toBe(AI4I_COLUMNS.join(","));
    expect(text.includes("\r")).toBe(false);
    expect(text.split("\n")[1]).toMatch(/^1,[LMH]\d{5},[LMH],/);
    expect(data.rowCount).toBe(10_000);
    expect(Array.from(data.udi.subarray(0, 3))).toEqual([1, 2, 3]);
    expect(data.productId[1]).toMatch(/^[LMH]\d{5}$/);
    expect((await readProvenance("ai4i2020", dir)).kind).toBe("synthetic");
  });

  it("mixes L/M/H products 60/30/10 with serial numbers running with the UDI", () => {
    const counts = [0, 0, 0];
    for (const t of data.type) counts[t]!++;
    expect(counts[0]! / data.rowCount).toBeCloseTo(0.6, 1);
    expect(counts[1]! / data.rowCount).toBeCloseTo(0.3, 1);
    expect(counts[2]! / data.rowCount).toBeCloseTo(0.1, 1);
    const offsets = { L: 47_179, M: 14_859, H: 29_413 } as const;
    const wrong = data.productId.filter((id, i) => Number(id.slice(1)) !== offsets[id[0] as "L" | "M" | "H"] + data.udi[i]!);
    expect(wrong).toEqual([]);
  });

  it("follows Matzka's process: temperatures around 300 K / +10 K, torque ~ N(40, 10), speed falling with torque", () => {
    const air = meanSd(data.features.airTemperatureK);
    expect(air.mean).toBeCloseTo(300, 0);
    expect(air.sd).toBeCloseTo(2, 0);
    const delta = data.features.processTemperatureK.map((p, i) => p - data.features.airTemperatureK[i]!);
    const d = meanSd(delta);
    expect(d.mean).toBeCloseTo(10, 0);
    expect(d.sd).toBeGreaterThan(0.85);
    expect(d.sd).toBeLessThan(1.15);
    // A random walk: neighbouring rows differ by far less than the overall spread.
    const steps = meanSd(data.features.airTemperatureK.subarray(1).map((x, i) => x - data.features.airTemperatureK[i]!));
    expect(steps.sd).toBeLessThan(0.3);
    const torque = meanSd(data.features.torqueNm);
    expect(torque.mean).toBeCloseTo(40, 0);
    expect(torque.sd).toBeGreaterThan(9.3);
    expect(torque.sd).toBeLessThan(10.5);
    const speed = meanSd(data.features.rotationalSpeedRpm);
    expect(speed.mean).toBeGreaterThan(1480);
    expect(speed.mean).toBeLessThan(1600);
    let cov = 0;
    for (let i = 0; i < data.rowCount; i++) cov += (data.features.torqueNm[i]! - torque.mean) * (data.features.rotationalSpeedRpm[i]! - speed.mean);
    expect(cov / data.rowCount / (torque.sd * speed.sd)).toBeLessThan(-0.8);
  });

  it("accumulates tool wear by +2/+3/+5 min for the previous L/M/H product and resets on a new tool", () => {
    const added = [2, 3, 5];
    let resets = 0;
    const wrong: number[] = [];
    for (let i = 1; i < data.rowCount; i++) {
      const wear = data.features.toolWearMin[i]!;
      const before = data.features.toolWearMin[i - 1]!;
      if (wear === 0) resets++;
      // A reset follows a worn-out tool; otherwise wear grows by what the previous product added.
      if (wear === 0 ? before < 200 : wear - before !== added[data.type[i - 1]!]) wrong.push(data.udi[i]!);
    }
    expect(wrong).toEqual([]);
    expect(Math.max(...data.features.toolWearMin)).toBeLessThanOrEqual(245);
    expect(resets).toBeGreaterThan(90);
    expect(resets).toBeLessThan(150);
  });

  it("sets each failure mode by its rule and Machine failure when any mode is set", () => {
    const limits = [11_000, 12_000, 13_000];
    const f = data.features;
    const m = data.failureModes;
    const wrong: string[] = [];
    for (let i = 0; i < data.rowCount; i++) {
      const power = f.torqueNm[i]! * ((f.rotationalSpeedRpm[i]! * 2 * Math.PI) / 60);
      const hdf = f.processTemperatureK[i]! - f.airTemperatureK[i]! < 8.6 && f.rotationalSpeedRpm[i]! < 1380 ? 1 : 0;
      const pwf = power < 3500 || power > 9000 ? 1 : 0;
      const osf = f.toolWearMin[i]! * f.torqueNm[i]! > limits[data.type[i]!]! ? 1 : 0;
      const any = m.TWF[i]! | m.HDF[i]! | m.PWF[i]! | m.OSF[i]! | m.RNF[i]!;
      if (m.HDF[i] !== hdf) wrong.push(`HDF row ${i + 1}`);
      if (m.PWF[i] !== pwf) wrong.push(`PWF row ${i + 1}`);
      if (m.OSF[i] !== osf) wrong.push(`OSF row ${i + 1}`);
      if (m.TWF[i] === 1 && f.toolWearMin[i]! < 200) wrong.push(`TWF row ${i + 1}`);
      if (data.machineFailure[i] !== any) wrong.push(`Machine failure row ${i + 1}`);
    }
    expect(wrong).toEqual([]);
    // Rates close to the published file's (3.4% failures: TWF 46, HDF 115, PWF 95, OSF 98, RNF 19 per 10,000).
    expect(data.failureCount / data.rowCount).toBeGreaterThan(0.02);
    expect(data.failureCount / data.rowCount).toBeLessThan(0.05);
    const count = (m: Uint8Array): number => m.reduce((a, b) => a + b, 0);
    expect(count(data.failureModes.TWF)).toBeGreaterThan(25);
    expect(count(data.failureModes.TWF)).toBeLessThan(80);
    expect(count(data.failureModes.PWF)).toBeGreaterThan(50);
    expect(count(data.failureModes.OSF)).toBeGreaterThan(40);
    expect(count(data.failureModes.RNF)).toBeLessThan(30);
  });
});
