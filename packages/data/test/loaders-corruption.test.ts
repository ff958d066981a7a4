// Copy a real file (or, without real data, a fixture) to a temp folder, break it, and check the message
// names the file, the line and the column.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readFile, writeFile, copyFile } from "node:fs/promises";
import { join } from "node:path";
import { DataFormatError, loadAi4i2020, loadCmapssTrajectories, loadCreditcard, loadM5, loadMedmnist, readNpz, writeNpz, type NpyInput } from "../src/index";
import { ai4iCsv, cmapssTxt, creditcardCsv, m5Files, medmnistNpz } from "./loader-fixtures";
import { makeTempDir, realFile, rejection, removeDir, writeFixture } from "./test-helpers";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("corrupt");
});
afterAll(() => removeDir(dir));

const real = {
  creditcard: realFile("creditcard", "creditcard.csv"),
  ai4i: realFile("ai4i2020", "ai4i2020.csv"),
  cmapss: realFile("cmapss", "train_FD001.txt"),
  npz: realFile("pneumoniamnist", "pneumoniamnist.npz"),
  m5: realFile("m5", "sales_train_validation.csv"),
};

/** Text of the real file, or of a fixture when it is absent. */
async function source(path: string | null, fixture: () => string): Promise<string> {
  return path ? readFile(path, "utf8") : fixture();
}

/** Replace line `n` (1-based) via `edit` and write the result as `name`. */
async function breakLine(name: string, text: string, n: number, edit: (line: string) => string): Promise<string> {
  const lines = text.split("\n");
  lines[n - 1] = edit(lines[n - 1]!);
  return writeFixture(dir, name, lines.join("\n"));
}

async function expectFormatError(promise: Promise<unknown>, expected: { message: string; line?: number; column?: string }) {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(DataFormatError);
  expect(error.message).toBe(expected.message);
  if (expected.line !== undefined) expect((error as DataFormatError).line).toBe(expected.line);
  if (expected.column !== undefined) expect((error as DataFormatError).column).toBe(expected.column);
}

describe("corrupted copies", () => {
  it("creditcard.csv: bad number, truncated row, extra column", async () => {
    const text = await source(real.creditcard, () => creditcardCsv(1300, { quotedHeader: true }));
    const n = 1203;
    const bad = await breakLine("creditcard.csv", text, n, (l) => l.split(",").map((v, i) => (i === 14 ? "abc" : v)).join(","));
    await expectFormatError(loadCreditcard(bad), { message: `creditcard.csv line ${n}, column "V14": expected a number, got "abc"`, line: n, column: "V14" });

    const truncatedAt = text.split("\n").length - 1; // the last data line, cut mid-row as by an interrupted copy
    const truncated = await breakLine("cut.csv", text, truncatedAt, (l) => l.split(",").slice(0, 17).join(",").slice(0, -3));
    await expectFormatError(loadCreditcard(truncated), {
      message: `cut.csv line ${truncatedAt}, column 18 "V17": expected a value (rows have 31 columns), got the end of the row after 17 columns`,
      line: truncatedAt,
      column: "V17",
    });

    const extra = await breakLine("extra.csv", text, 7, (l) => `${l},0.5`);
    await expectFormatError(loadCreditcard(extra), { message: "extra.csv line 7, column 32: expected the end of the row after 31 columns, got 32 columns", line: 7 });
  });

  it("ai4i2020.csv: a column dropped from one row, a header renamed", async () => {
    const text = await source(real.ai4i, () => ai4iCsv({ bom: true }));
    const dropped = await breakLine("ai4i2020.csv", text, 3, (l) => l.split(",").filter((_, i) => i !== 5).join(","));
    await expectFormatError(loadAi4i2020(dropped), {
      message: 'ai4i2020.csv line 3, column 14 "RNF": expected a value (rows have 14 columns), got the end of the row after 13 columns',
      line: 3,
      column: "RNF",
    });
    const renamed = await breakLine("renamed.csv", text, 1, (l) => l.replace("Torque [Nm]", "Torque"));
    // Without units is accepted; a different name is not.
    await expect(loadAi4i2020(renamed)).resolves.toBeDefined();
    const wrong = await breakLine("wrong.csv", text, 1, (l) => l.replace("Torque [Nm]", "Force [N]"));
    await expectFormatError(loadAi4i2020(wrong), { message: 'wrong.csv line 1, column 7: expected header column "Torque [Nm]", got "Force [N]"', line: 1 });
  });

  it("train_FD001.txt: a bad number and a missing column", async () => {
    const text = await source(real.cmapss, () => cmapssTxt([20, 30]));
    const bad = await breakLine("train_FD001.txt", text, 12, (l) => l.replace(/^(\S+ \S+ \S+ \S+ \S+ \S+ )\S+/, "$1nan"));
    await expectFormatError(loadCmapssTrajectories(bad), {
      message: 'train_FD001.txt line 12, column 7 "sensor_2": expected a number, got "nan"',
      line: 12,
      column: "sensor_2",
    });
    const short = await breakLine("short_FD001.txt", text, 15, (l) => l.trim().split(" ").slice(0, 25).join(" "));
    await expectFormatError(loadCmapssTrajectories(short), {
      message: 'short_FD001.txt line 15, column 26 "sensor_21": expected a value (rows have 26 columns), got the end of the row after 25 columns',
      line: 15,
    });
  });

  it("pneumoniamnist.npz: wrong image dtype, wrong label shape, truncated archive", async () => {
    const original = real.npz ?? (await writeFixture(dir, "fixture/pneumoniamnist.npz", medmnistNpz({ train: 8, val: 4 })));
    const arrays = await readNpz(original);
    const inputs: Record<string, NpyInput> = {};
    for (const [key, a] of arrays) inputs[key] = { data: a.data, shape: a.shape, dtype: a.dtype };
    const images = arrays.get("train_images")!;

    await writeNpz(join(dir, "dtype", "pneumoniamnist.npz"), { ...inputs, train_images: { data: Float32Array.from(images.data as Uint8Array), shape: images.shape } });
    await expectFormatError(loadMedmnist(join(dir, "dtype")), { message: 'pneumoniamnist.npz, entry "train_images": expected dtype uint8, got dtype float32' });

    const n = images.shape[0]!;
    await writeNpz(join(dir, "shape", "pneumoniamnist.npz"), { ...inputs, val_labels: { data: inputs.val_labels!.data, shape: [1, inputs.val_labels!.data.length] } });
    await expectFormatError(loadMedmnist(join(dir, "shape")), {
      message: `pneumoniamnist.npz, entry "val_labels": expected shape (${arrays.get("val_images")!.shape[0]}, 1), got shape (1, ${inputs.val_labels!.data.length})`,
    });
    expect(n).toBeGreaterThan(0);

    const bytes = await readFile(original);
    await writeFile(join(dir, "cut.npz"), bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const cut = await rejection(loadMedmnist(join(dir, "cut.npz")));
    expect(cut.message).toMatch(/^cut\.npz: expected a zip archive/);
  });

  it("M5: a sales row cut short, a bad calendar flag", async () => {
    const folder = join(dir, "retail");
    const fixture = m5Files(30);
    const salesText = await source(real.m5, () => fixture.sales);
    const lines = salesText.trimEnd().split("\n");
    const last = lines.length;
    const days = lines[0]!.split(",").length - 6;
    await breakLine("retail/sales_train_validation.csv", salesText.trimEnd(), last, (l) => l.split(",").slice(0, 6 + days - 2).join(","));
    if (real.m5) {
      await copyFile(join(real.m5, "..", "calendar.csv"), join(folder, "calendar.csv"));
      await copyFile(join(real.m5, "..", "sell_prices.csv"), join(folder, "sell_prices.csv"));
    } else {
      await writeFixture(folder, "calendar.csv", fixture.calendar);
      await writeFixture(folder, "sell_prices.csv", fixture.prices);
    }
    await expectFormatError(loadM5(folder), {
      message: `sales_train_validation.csv line ${last}, column ${6 + days - 1} "d_${days - 1}": expected a value (rows have ${6 + days} columns), got the end of the row after ${6 + days - 2} columns`,
      line: last,
      column: `d_${days - 1}`,
    });

    const calendar = await readFile(join(folder, "calendar.csv"), "utf8");
    await writeFixture(dir, "retail/sales_train_validation.csv", salesText);
    await breakLine("retail/calendar.csv", calendar, 4, (l) => l.replace(/,(\d),(\d),(\d)$/, ",$1,$2,2"));
    await expectFormatError(loadM5(folder), { message: 'calendar.csv line 4, column "snap_WI": expected 0 or 1, got "2"', line: 4, column: "snap_WI" });
  });
});
