import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { readDelimited, writeDelimited, writeFileAtomic } from "../src/index";
import { makeTempDir, rejection, removeDir } from "./test-helpers";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("write");
});
afterAll(() => removeDir(dir));

describe("writeDelimited", () => {
  it("writes a file the reader gives back unchanged, quoting only what needs it", async () => {
    const file = join(dir, "out.csv");
    const rows = [
      [1, "plain", -0.25],
      [2, "with, comma", 1e-7],
      [3, 'say "hi"', 69808],
    ];
    await writeDelimited(file, { header: ["Time", "Text", "V1"], quoteHeader: true, rows });
    const text = await readFile(file, "utf8");
    expect(text.split("\n")[0]).toBe('"Time","Text","V1"');
    expect(text.split("\n")[2]).toBe('2,"with, comma",1e-7');
    const back: string[][] = [];
    await readDelimited(file, {}, (fields) => back.push(fields));
    expect(back.slice(1)).toEqual(rows.map((r) => r.map(String)));
  });

  it("writes C-MAPSS-style space-separated lines with a suffix, streaming an async iterable", async () => {
    const file = join(dir, "train.txt");
    async function* rows() {
      for (let i = 1; i <= 3; i++) yield [1, i, 518.67];
    }
    await writeDelimited(file, { rows: rows(), separator: " ", lineSuffix: "  " });
    expect(await readFile(file, "utf8")).toBe("1 1 518.67  \n1 2 518.67  \n1 3 518.67  \n");
  });

  it("leaves no file, not even a temp file, when writing fails midway", async () => {
    const file = join(dir, "failed.csv");
    const error = await rejection(writeDelimited(file, { rows: [[1], [Number.NaN]] }));
    expect(error.message).toMatch(/row 2, column 1 is NaN/);
    expect((await readdir(dir)).filter((f) => f.includes("failed"))).toEqual([]);
  });

  it("replaces a file atomically", async () => {
    const file = join(dir, "atomic.txt");
    await writeFileAtomic(file, "old");
    await writeFileAtomic(file, new TextEncoder().encode("new"));
    expect(await readFile(file, "utf8")).toBe("new");
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
