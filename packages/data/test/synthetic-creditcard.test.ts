import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { generateCreditcard, loadCreditcard, readProvenance, type CreditcardData } from "../src/index";
import { makeTempDir, rejection, removeDir } from "./test-helpers";

/** Area under the ROC curve of `score` for the positives in `label` (rank statistic, ties averaged). */
function auc(score: ArrayLike<number>, label: ArrayLike<number>): number {
  const order = Array.from({ length: score.length }, (_, i) => i).sort((a, b) => score[a]! - score[b]!);
  const ranks = new Float64Array(score.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && score[order[j + 1]!] === score[order[i]!]) j++;
    for (let k = i; k <= j; k++) ranks[order[k]!] = (i + j) / 2 + 1;
    i = j + 1;
  }
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < label.length; i++) {
    if (label[i] === 1) {
      positives++;
      rankSum += ranks[i]!;
    }
  }
  const negatives = label.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

function meanWhere(values: Float64Array, label: Uint8Array, cls: number): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    if (label[i] === cls) {
      sum += values[i]!;
      n++;
    }
  }
  return sum / n;
}

let dir: string;
let data: CreditcardData;
let text: string;
beforeAll(async () => {
  dir = await makeTempDir("syn-cc");
  await generateCreditcard(join(dir, "fraud"), { seed: 42 });
  data = await loadCreditcard(join(dir, "fraud"));
  text = await readFile(join(dir, "fraud", "creditcard.csv"), "utf8");
});
afterAll(() => removeDir(dir));

describe("generateCreditcard", () => {
  it("writes the Kaggle layout (quoted header, quoted Class) that loadCreditcard reads, labelled synthetic", async () => {
    const lines = text.split("\n");
    expect(lines[0]).toBe(`"Time",${Array.from({ length: 28 }, (_, i) => `"V${i + 1}"`).join(",")},"Amount","Class"`);
    expect(lines[1]).toMatch(/^\d+,(-?[0-9.e-]+,){29}"[01]"$/);
    expect(data.rowCount).toBe(20_000);
    const provenance = await readProvenance("creditcard", join(dir, "fraud"));
    expect(provenance).toMatchObject({ kind: "synthetic", dataset: "creditcard", generator: { seed: 42, version: "1" } });
    expect(provenance.note).toMatch(/SYNTHETIC/);
    expect(provenance.citation).toMatch(/Dal Pozzolo/);
  });

  it("has 1% frauds by default and the configured rate otherwise", async () => {
    expect(data.positiveCount).toBe(200);
    await generateCreditcard(join(dir, "rate"), { seed: 1, size: 5_000, fraudRate: 0.002 });
    expect((await loadCreditcard(join(dir, "rate"))).positiveCount).toBe(10);
    expect((await rejection(generateCreditcard(join(dir, "bad"), { seed: 1, fraudRate: 0.5 }))).message).toMatch(/fraudRate/);
    expect((await rejection(generateCreditcard(join(dir, "bad"), { seed: 1.5 }))).message).toMatch(/seed/);
  });

  it("gives legitimate rows centred, nearly uncorrelated PCA-like components with decreasing variance", () => {
    const legit: number[][] = [[], [], []];
    for (let i = 0; i < data.rowCount; i++) {
      if (data.label[i] === 0) {
        legit[0]!.push(data.columns.V1[i]!);
        legit[1]!.push(data.columns.V2[i]!);
        legit[2]!.push(data.columns.V28[i]!);
      }
    }
    const stats = legit.map((xs) => {
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
      return { mean, sd };
    });
    expect(Math.abs(stats[0]!.mean)).toBeLessThan(0.05);
    expect(stats[0]!.sd).toBeGreaterThan(1.8);
    expect(stats[0]!.sd).toBeLessThan(2.15);
    expect(stats[2]!.sd).toBeGreaterThan(0.28);
    expect(stats[2]!.sd).toBeLessThan(0.38);
    let cov = 0;
    for (let i = 0; i < legit[0]!.length; i++) cov += (legit[0]![i]! - stats[0]!.mean) * (legit[1]![i]! - stats[1]!.mean);
    expect(Math.abs(cov / legit[0]!.length / (stats[0]!.sd * stats[1]!.sd))).toBeLessThan(0.04);
  });

  it("separates frauds on V14, V17, V12, V10 (down) and V4, V11 (up), but not perfectly", () => {
    for (const v of ["V14", "V17", "V12", "V10"] as const) {
      expect(meanWhere(data.columns[v], data.label, 1)).toBeLessThan(-3);
      expect(Math.abs(meanWhere(data.columns[v], data.label, 0))).toBeLessThan(0.05);
    }
    for (const v of ["V4", "V11"] as const) expect(meanWhere(data.columns[v], data.label, 1)).toBeGreaterThan(2);
    // An uninvolved component carries no signal.
    expect(Math.abs(meanWhere(data.columns.V15, data.label, 1))).toBeLessThan(0.5);
    const negV14 = data.columns.V14.map((x) => -x);
    const a = auc(negV14, data.label);
    expect(a).toBeGreaterThan(0.9);
    expect(a).toBeLessThan(0.995);
  });

  it("draws log-normal amounts in cents (frauds often tiny) and times over two days with a daily cycle", () => {
    const legitAmounts = Array.from(data.columns.Amount.filter((_, i) => data.label[i] === 0)).sort((a, b) => a - b);
    const median = legitAmounts[Math.floor(legitAmounts.length / 2)]!;
    expect(median).toBeGreaterThan(12);
    expect(median).toBeLessThan(40);
    expect(legitAmounts[Math.floor(legitAmounts.length * 0.95)]!).toBeGreaterThan(150);
    expect(data.columns.Amount.every((x) => x >= 0 && Math.abs(x * 100 - Math.round(x * 100)) < 1e-6)).toBe(true);
    const fraudAmounts = data.columns.Amount.filter((_, i) => data.label[i] === 1);
    expect(fraudAmounts.filter((x) => x <= 1).length / fraudAmounts.length).toBeGreaterThan(0.25);

    const time = data.columns.Time;
    expect(time[0]).toBeGreaterThanOrEqual(0);
    expect(time[time.length - 1]).toBeLessThan(172_800);
    expect(time[time.length - 1]).toBeGreaterThan(170_000);
    let sorted = true;
    for (let i = 1; i < time.length; i++) if (time[i]! < time[i - 1]!) sorted = false;
    expect(sorted).toBe(true);
    const hour = (t: number): number => Math.floor((t % 86_400) / 3600);
    const night = Array.from(time).filter((t) => hour(t) >= 2 && hour(t) < 6).length;
    const afternoon = Array.from(time).filter((t) => hour(t) >= 14 && hour(t) < 18).length;
    expect(afternoon / night).toBeGreaterThan(3);
  });
});
