import { describe, expect, it } from "@jest/globals";
import { buildHierarchy, sumMembers } from "../src/pipeline/hierarchy";
import { hierarchyForecasts } from "../src/pipeline/outputs";
import { coherenceGap } from "./support/coherence";
import { makeData, makeSeries } from "./support/fixtures";

const series = [
  makeSeries("FOODS_1_001", "CA_1"),
  makeSeries("FOODS_1_001", "TX_1"),
  makeSeries("FOODS_3_002", "CA_1"),
  makeSeries("HOBBIES_1_003", "CA_2"),
  makeSeries("HOBBIES_1_003", "TX_1"),
];

describe("hierarchy and reconciliation", () => {
  const nodes = buildHierarchy(series);
  const count = (level: string) => nodes.filter((n) => n.level === level).length;

  it("builds every level: total, state, store, category, department, item, item x store", () => {
    expect(count("total")).toBe(1);
    expect(count("state")).toBe(2);
    expect(count("store")).toBe(3);
    expect(count("category")).toBe(2);
    expect(count("department")).toBe(3);
    expect(count("item")).toBe(3);
    expect(count("item_store")).toBe(5);
    expect(nodes.find((n) => n.level === "store" && n.key === "CA_1")!.members).toEqual([0, 2]);
    expect(nodes.find((n) => n.level === "item" && n.key === "HOBBIES_1_003")!.members).toEqual([3, 4]);
  });

  it("bottom-up totals add up at every level and match direct sums", () => {
    const bottom = series.map((_, i) => Float64Array.from({ length: 4 }, (_, h) => 0.5 + i * 1.25 + h * 0.1));
    const paths = nodes.map((node) => sumMembers(bottom, node.members, 4));
    expect(coherenceGap(paths, nodes)).toBeLessThan(1e-12);
    const total = paths[nodes.findIndex((n) => n.level === "total")]!;
    for (let h = 0; h < 4; h++) expect(total[h]).toBeCloseTo(bottom.reduce((s, b) => s + b[h]!, 0), 12);
    const states = nodes.flatMap((n, k) => (n.level === "state" ? [paths[k]!] : []));
    for (let h = 0; h < 4; h++) expect(states.reduce((s, p) => s + p[h]!, 0)).toBeCloseTo(total[h]!, 12);
  });

  it("the coherence check notices totals that do not add up", () => {
    const bottom = series.map(() => new Float64Array([1, 1]));
    const paths = nodes.map((node) => sumMembers(bottom, node.members, 2));
    paths[0]![1] = 99;
    expect(coherenceGap(paths, nodes)).toBeGreaterThan(90);
  });

  it("the stored hierarchy forecasts carry means that add up, with bands around them", () => {
    const data = makeData(series, series.map(() => Array.from({ length: 10 }, () => 1)), { calendarDays: 20 });
    const means = series.map((_, i) => Float64Array.from({ length: 3 }, (_, h) => i + 1 + h));
    const out = hierarchyForecasts(data, means, 10, 3, { total: 0.01, state: 0.05, store: 0.1, category: 0.05, department: 0.1, item: 0.2, item_store: 0.3 });
    // The stored totals, with the item x store means below them, add up at every level.
    const nodes = buildHierarchy(data.series);
    const paths = nodes.map((node) => (node.level === "item_store" ? means[node.members[0]!]! : Float64Array.from(out.find((n) => n.level === node.level && n.key === node.key)!.days, (d) => d.mean)));
    expect(coherenceGap(paths, nodes)).toBeLessThan(0.05);
    const total = out.find((n) => n.level === "total")!;
    const stores = out.filter((n) => n.level === "store");
    for (let h = 0; h < 3; h++) {
      expect(total.days[h]!.mean).toBeCloseTo(sumMembers(means, [0, 1, 2, 3, 4], 3)[h]!, 2);
      expect(stores.reduce((s, n) => s + n.days[h]!.mean, 0)).toBeCloseTo(total.days[h]!.mean, 2);
      expect(total.days[h]!.p10).toBeLessThanOrEqual(total.days[h]!.p50);
      expect(total.days[h]!.p50).toBeLessThanOrEqual(total.days[h]!.p90);
    }
    expect(total.days[0]!.date).toBe(data.calendar.date[10]);
    expect(total.days[0]!.day).toBe(11);
  });
});
