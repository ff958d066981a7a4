import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { DataFormatError, readDelimited, readTable, splitCsvLine, splitWhitespaceLine } from "../src/index";
import { makeTempDir, rejection, removeDir, writeFixture } from "./test-helpers";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("csv");
});
afterAll(() => removeDir(dir));

async function records(content: string | Uint8Array, options: Parameters<typeof readDelimited>[1] = {}) {
  const file = await writeFixture(dir, `f${Math.abs(hash(String(content)))}.csv`, content);
  const out: Array<[number, string[]]> = [];
  const summary = await readDelimited(file, options, (fields, line) => out.push([line, fields]));
  return { out, summary, file };
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}

describe("splitCsvLine", () => {
  it("splits plain and quoted fields, unescaping doubled quotes", () => {
    expect(splitCsvLine("a,b,c", ",")).toEqual(["a", "b", "c"]);
    expect(splitCsvLine('"Time","V1","Class"', ",")).toEqual(["Time", "V1", "Class"]);
    expect(splitCsvLine('"a,b",2,"say ""hi"""', ",")).toEqual(["a,b", "2", 'say "hi"']);
    expect(splitCsvLine('1,"",3', ",")).toEqual(["1", "", "3"]);
    expect(splitCsvLine('"x",', ",")).toEqual(["x", ""]);
    expect(splitCsvLine("a;b", ";")).toEqual(["a", "b"]);
  });

  it("rejects an unterminated quote and text after a closing quote", () => {
    expect(() => splitCsvLine('1,"abc', ",")).toThrow(/closing quote/);
    expect(() => splitCsvLine('"ab"c,1', ",")).toThrow(/separator after the closing quote/);
  });

  it("splits whitespace runs and ignores trailing spaces", () => {
    expect(splitWhitespaceLine("1 1 -0.0007  100.0  ")).toEqual(["1", "1", "-0.0007", "100.0"]);
    expect(splitWhitespaceLine("\t 3\t4 ")).toEqual(["3", "4"]);
    expect(splitWhitespaceLine("   ")).toEqual([]);
  });
});

describe("readDelimited", () => {
  it("strips a BOM, handles CRLF, blank lines and a last line without newline, counting lines", async () => {
    const { out, summary } = await records("\uFEFFa,b\r\n1,2\r\n\r\n3,4");
    expect(out).toEqual([
      [1, ["a", "b"]],
      [2, ["1", "2"]],
      [4, ["3", "4"]],
    ]);
    expect(summary).toMatchObject({ records: 3, lines: 4 });
  });

  it("gives the same records whatever the chunk size (lines and UTF-8 characters split across chunks)", async () => {
    const text = 'name,city\n"Zoë",Zürich\nÅsa,Malmö\n"x, y",日本\n';
    const whole = await records(text);
    for (const chunkBytes of [1, 2, 3, 5, 7, 64]) {
      const chunked = await records(text, { chunkBytes });
      expect(chunked.out).toEqual(whole.out);
    }
    expect(whole.out[3]).toEqual([4, ["x, y", "日本"]]);
  });

  it("reads space-separated files with trailing spaces (C-MAPSS style)", async () => {
    const { out } = await records("1 1 0.5 518.67  \n1 2 0.6 518.70  \n", { separator: "whitespace" });
    expect(out).toEqual([
      [1, ["1", "1", "0.5", "518.67"]],
      [2, ["1", "2", "0.6", "518.70"]],
    ]);
  });

  it("names the file and line of a broken quote", async () => {
    const file = await writeFixture(dir, "broken-quote.csv", 'a,b\n1,2\n3,"4\n');
    const error = await rejection(readDelimited(file, {}, () => undefined));
    expect(error).toBeInstanceOf(DataFormatError);
    expect(error.message).toBe('broken-quote.csv line 3, column 2: expected a closing quote, got end of line');
  });

  it("rejects bytes that are not UTF-8 with the line they are on", async () => {
    const bytes = new Uint8Array([...Buffer.from("a,b\n1,2\n"), 0x41, 0xff, 0x0a]);
    const file = await writeFixture(dir, "latin1.csv", bytes);
    const error = await rejection(readDelimited(file, {}, () => undefined));
    expect(error.message).toMatch(/^latin1\.csv line 3: expected UTF-8 text/);
    // Far from the start, in a later chunk: still the exact line.
    const lines = Array.from({ length: 5000 }, (_, i) => `${i},é`).join("\n");
    const deep = await writeFixture(dir, "deep.csv", new Uint8Array([...Buffer.from(lines + "\n"), 0x31, 0xc3, 0x28, 0x0a]));
    const e2 = await rejection(readDelimited(deep, { chunkBytes: 4096 }, () => undefined));
    expect(e2.message).toMatch(/^deep\.csv line 5001: expected UTF-8 text/);
  });
});

describe("readTable", () => {
  it("drops one empty field after a trailing separator and checks the width of every row", async () => {
    const file = await writeFixture(dir, "trailing.csv", "a,b,c,\n1,2,3,\n4,5,6\n");
    const rows: string[][] = [];
    const summary = await readTable(file, { header: (f) => f }, (fields) => rows.push(fields));
    expect(summary.columns).toEqual(["a", "b", "c"]);
    expect(rows).toEqual([
      ["1", "2", "3"],
      ["4", "5", "6"],
    ]);
  });

  it("reports a short row with the first missing column, and a long row", async () => {
    const short = await writeFixture(dir, "short.csv", "a,b,c\n1,2,3\n4,5\n");
    const e1 = await rejection(readTable(short, { header: (f) => f }, () => undefined));
    expect(e1.message).toBe('short.csv line 3, column 3 "c": expected a value (rows have 3 columns), got the end of the row after 2 columns');
    const long = await writeFixture(dir, "long.csv", "a,b\n1,2,3\n");
    const e2 = await rejection(readTable(long, { header: (f) => f }, () => undefined));
    expect(e2.message).toBe("long.csv line 2, column 3: expected the end of the row after 2 columns, got 3 columns");
  });

  it("rejects an empty file", async () => {
    const file = await writeFixture(dir, "empty.csv", "\n\n");
    const error = await rejection(readTable(file, { header: (f) => f }, () => undefined));
    expect(error.message).toBe("empty.csv line 1: expected a header line, got an empty file");
  });
});
