import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { CMAPSS_MEASUREMENTS, loadCmapss, loadCmapssRul, loadCmapssTrajectories } from "../src/index";
import { cmapssTxt } from "./loader-fixtures";
import { makeTempDir, rejection, removeDir, writeFixture } from "./test-helpers";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("cmapss");
});
afterAll(() => removeDir(dir));

function replaceLine(text: string, line: number, edit: (fields: string[]) => string[]): string {
  const lines = text.split("\n");
  lines[line - 1] = edit(lines[line - 1]!.trim().split(" ")).join(" ") + "  ";
  return lines.join("\n");
}

describe("loadCmapssTrajectories", () => {
  it("reads units, cycles and 24 measurement columns with unit row ranges", async () => {
    const data = await loadCmapssTrajectories(await writeFixture(dir, "train_FD001.txt", cmapssTxt([3, 5, 2])));
    expect(data.rowCount).toBe(10);
    expect(Array.from(data.unit)).toEqual([1, 1, 1, 2, 2, 2, 2, 2, 3, 3]);
    expect(Array.from(data.cycle)).toEqual([1, 2, 3, 1, 2, 3, 4, 5, 1, 2]);
    expect(Array.from(data.units.id)).toEqual([1, 2, 3]);
    expect(Array.from(data.units.start)).toEqual([0, 3, 8]);
    expect(Array.from(data.units.length)).toEqual([3, 5, 2]);
    expect(Object.keys(data.columns)).toEqual([...CMAPSS_MEASUREMENTS]);
    expect(data.columns.op_setting_3[0]).toBe(100);
    expect(data.columns.sensor_2[4]).toBeCloseTo(510 + 0.2 + 1, 9);
    expect(data.provenance.note).toMatch(/[Ss]imulated/);
  });

  it("names line and column for a bad number, a short row, a skipped cycle and a split unit", async () => {
    const base = cmapssTxt([3, 3]);
    const cases: Array<[string, string]> = [
      ["number.txt", replaceLine(base, 2, (f) => f.map((v, i) => (i === 7 ? "5x" : v)))],
      ["short.txt", replaceLine(base, 5, (f) => f.slice(0, 20))],
      ["cycle.txt", replaceLine(base, 3, (f) => ["1", "4", ...f.slice(2)])],
      ["split.txt", base + cmapssTxt([1])], // unit 1 again after unit 2
    ];
    const messages: string[] = [];
    for (const [name, text] of cases) messages.push((await rejection(loadCmapssTrajectories(await writeFixture(dir, name, text)))).message);
    expect(messages).toEqual([
      'number.txt line 2, column 8 "sensor_3": expected a number, got "5x"',
      'short.txt line 5, column 21 "sensor_16": expected a value (rows have 26 columns), got the end of the row after 20 columns',
      'cycle.txt line 3, column 2 "cycle": expected cycle 3 (unit 1\'s cycles increase by 1), got "4"',
      'split.txt line 7, column 1 "unit": expected a new unit (rows of unit 1 started on line 1 and were followed by unit 2: units must be contiguous), got "1"',
    ]);
  });
});

describe("loadCmapss", () => {
  it("loads train alone, or train + test + RUL with one RUL per test unit", async () => {
    const folder = join(dir, "ok");
    await writeFixture(folder, "train_FD001.txt", cmapssTxt([4, 6]));
    expect(await loadCmapss(folder)).toMatchObject({ subset: "FD001", train: { rowCount: 10 } });
    expect((await loadCmapss(folder)).test).toBeUndefined();
    await writeFixture(folder, "test_FD001.txt", cmapssTxt([2, 3, 1]));
    await writeFixture(folder, "RUL_FD001.txt", "112\n98\n69\n");
    const data = await loadCmapss(folder);
    expect(data.test?.units.id.length).toBe(3);
    expect(Array.from(data.rul!)).toEqual([112, 98, 69]);
  });

  it("rejects a RUL count that differs from the test units, and a test file without RUL", async () => {
    const folder = join(dir, "bad");
    await writeFixture(folder, "train_FD001.txt", cmapssTxt([2]));
    await writeFixture(folder, "test_FD001.txt", cmapssTxt([2, 2, 2]));
    await writeFixture(folder, "RUL_FD001.txt", "10\n20\n");
    expect((await rejection(loadCmapss(folder))).message).toBe(
      "RUL_FD001.txt line 3: expected 3 values, one per unit of test_FD001.txt, got 2 values",
    );
    await rm(join(folder, "RUL_FD001.txt"));
    expect((await rejection(loadCmapss(folder))).message).toBe("RUL_FD001.txt: expected this file alongside test_FD001.txt, got no such file");
  });

  it("reads RUL files with trailing spaces and rejects negative or fractional values", async () => {
    expect(Array.from((await loadCmapssRul(await writeFixture(dir, "RUL_a.txt", "112 \n98 \n"))).rul)).toEqual([112, 98]);
    expect((await rejection(loadCmapssRul(await writeFixture(dir, "RUL_b.txt", "112\n9.5\n")))).message).toBe(
      'RUL_b.txt line 2, column 1 "RUL": expected a non-negative integer, got "9.5"',
    );
  });
});
