import { describe, expect, it } from "@jest/globals";
import { compareValues, fillTemplate, sortRows } from "../src/table/sortRows";

const rows = [
  { id: "a10", score: 0.2, name: "beta" },
  { id: "a2", score: null, name: "Alpha" },
  { id: "a1", score: 0.9, name: "gamma" },
  { id: "a3", score: 0.2, name: undefined },
  { id: "a4", score: Number.NaN, name: "delta" },
];

describe("sortRows", () => {
  it("sorts numbers both ways with missing values last", () => {
    expect(sortRows(rows, (r) => r.score, "desc").map((r) => r.id)).toEqual(["a1", "a10", "a3", "a2", "a4"]);
    expect(sortRows(rows, (r) => r.score, "asc").map((r) => r.id)).toEqual(["a10", "a3", "a1", "a2", "a4"]);
  });
  it("is stable for ties in both directions", () => {
    const tied = sortRows(rows, (r) => r.score, "asc").filter((r) => r.score === 0.2);
    expect(tied.map((r) => r.id)).toEqual(["a10", "a3"]);
    const tiedDesc = sortRows(rows, (r) => r.score, "desc").filter((r) => r.score === 0.2);
    expect(tiedDesc.map((r) => r.id)).toEqual(["a10", "a3"]);
  });
  it("sorts text naturally and case-insensitively", () => {
    expect(sortRows(rows, (r) => r.id, "asc").map((r) => r.id)).toEqual(["a1", "a2", "a3", "a4", "a10"]);
    expect(sortRows(rows, (r) => r.name, "asc").map((r) => r.name)).toEqual(["Alpha", "beta", "delta", "gamma", undefined]);
  });
  it("does not mutate its input", () => {
    const before = rows.map((r) => r.id);
    sortRows(rows, (r) => r.score, "desc");
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});

describe("compareValues", () => {
  it("orders dates, booleans and numbers", () => {
    expect(compareValues(new Date(1), new Date(2))).toBeLessThan(0);
    expect(compareValues(true, false)).toBeGreaterThan(0);
    expect(compareValues(10, 9)).toBeGreaterThan(0);
    expect(compareValues(null, 1)).toBeGreaterThan(0);
  });
});

describe("fillTemplate", () => {
  it("fills and encodes placeholders", () => {
    expect(fillTemplate("/alerts/{id}", { id: "A 1/2" })).toBe("/alerts/A%201%2F2");
  });
  it("names the missing field", () => {
    expect(() => fillTemplate("/alerts/{key}", { id: 1 })).toThrow('uses {key} but the row has no field "key"');
  });
});
