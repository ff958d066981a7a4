import { describe, expect, it } from "@jest/globals";
import { validateUpload, type UploadContext } from "../src/ingest/validate-upload";

const series = [
  { id: "FOODS_1_001_CA_1_validation", itemId: "FOODS_1_001", deptId: "FOODS_1", catId: "FOODS", storeId: "CA_1", stateId: "CA" },
  { id: "HOBBIES_1_002_TX_1_validation", itemId: "HOBBIES_1_002", deptId: "HOBBIES_1", catId: "HOBBIES", storeId: "TX_1", stateId: "TX" },
];
const context: UploadContext = { series, lastDay: 100, calendarDays: 128 };
const HEADER = "id,item_id,dept_id,cat_id,store_id,state_id";
const row = (i: number, ...units: (string | number)[]) => {
  const s = series[i]!;
  return [s.id, s.itemId, s.deptId, s.catId, s.storeId, s.stateId, ...units].join(",");
};
const file = (...lines: string[]) => lines.join("\n");

function problems(text: string) {
  const result = validateUpload(text, context);
  if (result.ok) throw new Error("expected a rejection");
  return result.problems;
}

describe("sales upload validation (M5 layout)", () => {
  it("accepts consecutive new days for every series, with CRLF and a BOM", () => {
    const result = validateUpload(`\ufeff${file(`${HEADER},d_101,d_102`, row(0, 3, 0), row(1, 0, 7))}\r\n`.replace(/\n/g, "\r\n"), context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.firstDay).toBe(101);
    expect(result.lastDay).toBe(102);
    expect(result.units.get(series[1]!.id)).toEqual([0, 7]);
    expect(result.totalUnits).toBe(10);
  });

  it("refuses a file whose total units would not fit the store's 32-bit upload total", () => {
    const many = Array.from({ length: 100 }, (_, k) => ({ ...series[0]!, id: `FOODS_1_${String(k).padStart(3, "0")}_CA_1_validation`, itemId: `FOODS_1_${String(k).padStart(3, "0")}` }));
    const days = Array.from({ length: 22 }, (_, k) => `d_${101 + k}`);
    const lines = many.map((s) => [s.id, s.itemId, s.deptId, s.catId, s.storeId, s.stateId, ...days.map(() => 1_000_000)].join(","));
    const result = validateUpload(file(`${HEADER},${days.join(",")}`, ...lines), { series: many, lastDay: 100, calendarDays: 128 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.message).toMatch(/2,200,000,000 units in total; at most 2,147,483,647/);
  });

  it("rejects an empty file and a file without day columns", () => {
    expect(problems("")[0]!.message).toMatch(/the file is empty/);
    expect(problems(`${HEADER}\n`)[0]!.message).toMatch(/no day columns/);
  });

  it("rejects a wrong header, naming the column", () => {
    const [p] = problems(file("id,item,dept_id,cat_id,store_id,state_id,d_101", row(0, 1), row(1, 1)));
    expect(p).toMatchObject({ line: 1, column: "column 2" });
    expect(p!.message).toMatch(/expected header "item_id", got "item"/);
  });

  it("rejects days already stored, and gaps after the stored history", () => {
    expect(problems(file(`${HEADER},d_100,d_101`, row(0, 1, 1), row(1, 1, 1)))[0]!.message).toMatch(/d_100 is already stored \(the store holds d_1..d_100\)/);
    const [gap] = problems(file(`${HEADER},d_103`, row(0, 1), row(1, 1)));
    expect(gap).toMatchObject({ line: 1, column: "d_103" });
    expect(gap!.message).toMatch(/gap: the store ends at d_100, so d_101..d_102 are missing/);
  });

  it("rejects non-consecutive day columns and days past the calendar", () => {
    const [p] = problems(file(`${HEADER},d_101,d_103`, row(0, 1, 1), row(1, 1, 1)));
    expect(p).toMatchObject({ line: 1, column: "d_103" });
    expect(p!.message).toMatch(/expected d_102/);
    const days = Array.from({ length: 29 }, (_, k) => `d_${101 + k}`);
    expect(problems(file(`${HEADER},${days.join(",")}`, row(0, ...days.map(() => 0)), row(1, ...days.map(() => 0))))[0]!.message).toMatch(/the calendar ends at d_128/);
  });

  it("rejects unknown series ids, naming the line", () => {
    const [p] = problems(file(`${HEADER},d_101`, row(0, 1), row(1, 1), "FOODS_9_999_CA_1_validation,FOODS_9_999,FOODS_9,FOODS,CA_1,CA,4"));
    expect(p).toMatchObject({ line: 4, column: "id" });
    expect(p!.message).toMatch(/unknown series "FOODS_9_999_CA_1_validation"/);
  });

  it("rejects negative, non-integer, non-numeric and missing units, naming line and day", () => {
    const found = problems(file(`${HEADER},d_101,d_102`, row(0, -2, 1.5), row(1, "abc", "")));
    expect(found).toHaveLength(4);
    expect(found[0]).toMatchObject({ line: 2, column: "d_101" });
    expect(found[0]!.message).toMatch(/expected units >= 0, got "-2"/);
    expect(found[1]).toMatchObject({ line: 2, column: "d_102" });
    expect(found[1]!.message).toMatch(/not an integer/);
    expect(found[2]).toMatchObject({ line: 3, column: "d_101" });
    expect(found[2]!.message).toMatch(/expected a whole number of units, got "abc"/);
    expect(found[3]).toMatchObject({ line: 3, column: "d_102" });
    expect(found[3]!.message).toMatch(/missing value/);
  });

  it("rejects missing series (every series needs every day), duplicates and short rows", () => {
    expect(problems(file(`${HEADER},d_101`, row(0, 1)))[0]!.message).toMatch(/missing rows for 1 of 2 series \(HOBBIES_1_002_TX_1_validation\)/);
    expect(problems(file(`${HEADER},d_101`, row(0, 1), row(0, 2), row(1, 1)))[0]).toMatchObject({ line: 3, column: "id" });
    expect(problems(file(`${HEADER},d_101,d_102`, row(0, 1), row(1, 1, 1)))[0]!.message).toMatch(/expected 8 fields like the header, got 7/);
  });

  it("rejects rows whose other id columns contradict the store", () => {
    const bad = row(1, 1).replace(",TX_1,", ",TX_2,");
    const [p] = problems(file(`${HEADER},d_101`, row(0, 1), bad));
    expect(p).toMatchObject({ line: 3, column: "store_id" });
  });

  it("caps the listed problems but counts them all", () => {
    const lines = [`${HEADER},d_101`, ...Array.from({ length: 60 }, (_, k) => `UNKNOWN_${k},a,b,c,d,e,1`)];
    const result = validateUpload(file(...lines), context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(20);
    expect(result.problemCount).toBeGreaterThan(20);
  });
});

describe("quoted CSV fields (spreadsheet exports)", () => {
  it("reads quoted ids and units, and names the line of a broken quote", () => {
    const quoted = (i: number, ...units: number[]) => row(i, ...units.map((u) => `"${u}"`));
    const accepted = validateUpload(file(`${HEADER},"d_101"`, quoted(0, 4), quoted(1, 2)), context);
    expect(accepted.ok).toBe(true);
    if (accepted.ok) expect(accepted.totalUnits).toBe(6);
    const [p] = problems(file(`${HEADER},d_101`, row(0, 1), `"${series[1]!.id},x`));
    expect(p).toMatchObject({ line: 3 });
    expect(p!.message).toMatch(/cannot be read as CSV .*closing quote/);
  });
});
