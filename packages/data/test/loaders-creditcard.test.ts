import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { join } from "node:path";
import { CREDITCARD_FEATURES, DataFormatError, loadCreditcard } from "../src/index";
import { creditcardCsv } from "./loader-fixtures";
import { makeTempDir, rejection, removeDir, writeFixture } from "./test-helpers";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("cc");
});
afterAll(() => removeDir(dir));

describe("loadCreditcard", () => {
  it("reads the quoted-header layout into typed columns with the catalogue's provenance", async () => {
    await writeFixture(dir, "fraud/creditcard.csv", creditcardCsv(9, { quotedHeader: true }));
    const data = await loadCreditcard(join(dir, "fraud"));
    expect(data.rowCount).toBe(9);
    expect(data.positiveCount).toBe(3);
    expect(data.featureNames).toEqual(CREDITCARD_FEATURES);
    expect(data.featureNames).toHaveLength(30);
    expect(data.columns.Time).toBeInstanceOf(Float64Array);
    expect(Array.from(data.columns.Time)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80]);
    expect(data.columns.V1[1]).toBeCloseTo(2 * -14 * 0.0137, 6);
    expect(data.columns.Amount[2]).toBe(3);
    expect(Array.from(data.label)).toEqual([1, 0, 0, 1, 0, 0, 1, 0, 0]);
    expect(data.provenance).toMatchObject({ kind: "real", dataset: "creditcard" });
  });

  it("carries the folder's PROVENANCE.json (synthetic twin) or an explicit provenance", async () => {
    await writeFixture(dir, "twin/creditcard.csv", creditcardCsv(4));
    const record = { kind: "synthetic", dataset: "creditcard", name: "Synthetic twin", generator: { seed: 3, version: "1" } };
    await writeFixture(dir, "twin/PROVENANCE.json", JSON.stringify(record));
    expect((await loadCreditcard(join(dir, "twin"))).provenance).toEqual(record);
    const given = { kind: "real" as const, dataset: "creditcard" as const, name: "given" };
    expect((await loadCreditcard(join(dir, "twin", "creditcard.csv"), { provenance: given })).provenance).toBe(given);
  });

  it("reads a pandas export (unquoted header, 69808.0 numbers, quoted class) with the same values", async () => {
    const plain = await loadCreditcard(await writeFixture(dir, "a.csv", creditcardCsv(5)));
    const pandas = await loadCreditcard(await writeFixture(dir, "creditcard_test.csv", creditcardCsv(5, { pandas: true, quotedClass: true })));
    expect(pandas.columns).toEqual(plain.columns);
    expect(pandas.label).toEqual(plain.label);
  });

  it("names file, line and column for a bad number, a bad class and a wrong header", async () => {
    const lines = creditcardCsv(5).split("\n");
    const cells = lines[3]!.split(",");
    cells[14] = "abc";
    const bad = await writeFixture(dir, "bad-number.csv", [...lines.slice(0, 3), cells.join(","), ...lines.slice(4)].join("\n"));
    const e1 = await rejection(loadCreditcard(bad));
    expect(e1).toBeInstanceOf(DataFormatError);
    expect(e1.message).toBe('bad-number.csv line 4, column "V14": expected a number, got "abc"');
    expect(e1).toMatchObject({ line: 4, column: "V14", expected: "a number", actual: "abc" });

    const badClass = await writeFixture(dir, "bad-class.csv", creditcardCsv(3).replace(/,0\n$/, ",2\n"));
    expect((await rejection(loadCreditcard(badClass))).message).toBe('bad-class.csv line 4, column "Class": expected 0 or 1, got "2"');

    const header = await writeFixture(dir, "bad-header.csv", creditcardCsv(2).replace("V7,", "V7b,"));
    expect((await rejection(loadCreditcard(header))).message).toBe('bad-header.csv line 1, column 8: expected header column "V7", got "V7b"');

    const empty = await writeFixture(dir, "header-only.csv", creditcardCsv(0));
    expect((await rejection(loadCreditcard(empty))).message).toBe("header-only.csv line 2: expected data rows, got the end of the file");
  });
});
