import { createReadStream } from "node:fs";
import { open, rm } from "node:fs/promises";
import { createInterface } from "node:readline";
import { CREDITCARD_COLUMNS } from "../loaders/creditcard";
import { FetchError } from "./fetch-error";

export interface CreditcardContent {
  rows: number;
  positives: number;
  /** Sum of Amount over frauds, rounded to cents. */
  positiveAmountSum: number;
}

const ATTRIBUTE = /^@attribute\s+(?:'([^']*)'|"([^"]*)"|(\S+))\s+\S/i;
const unquote = (value: string): string => value.trim().replace(/^(['"])(.*)\1$/, "$2");

/**
 * Convert OpenML's ARFF of the ULB data to the Kaggle `creditcard.csv` layout (quoted header, Class quoted "0"/"1"),
 * keeping every number exactly as written. Counts rows, frauds and the frauds' total amount for the content check.
 * Errors name the ARFF line; the partial output is removed.
 */
export async function convertCreditcardArff(arffPath: string, csvPath: string, what: string): Promise<CreditcardContent> {
  const out = await open(csvPath, "w");
  // Created after the last await before the loop: readline starts emitting at once, and lines emitted before
  // `for await` takes its iterator are lost (the file then looked empty when the disk was slow to open csvPath).
  const lines = createInterface({ input: createReadStream(arffPath, { encoding: "utf8" }), crlfDelay: Infinity });
  const names: string[] = [];
  let inData = false;
  let lineNumber = 0;
  let buffer: string[] = [];
  let rows = 0;
  let positives = 0;
  let positiveCents = 0;
  const fail = (message: string): never => {
    throw new FetchError("format", `${what}: ARFF line ${lineNumber}: ${message}.`);
  };
  try {
    for await (const raw of lines) {
      lineNumber++;
      const line = raw.trim();
      if (line === "" || line.startsWith("%")) continue;
      if (!inData) {
        if (/^@attribute/i.test(line)) {
          const m = ATTRIBUTE.exec(line) ?? fail(`cannot read the attribute declaration ${JSON.stringify(line.slice(0, 60))}`);
          names.push((m[1] ?? m[2] ?? m[3]) as string);
        } else if (/^@data/i.test(line)) {
          inData = true;
          const same = names.length === CREDITCARD_COLUMNS.length && names.every((n, i) => n.toLowerCase() === CREDITCARD_COLUMNS[i]?.toLowerCase());
          if (!same) fail(`expected attributes ${CREDITCARD_COLUMNS.join(", ")}, got ${names.join(", ")}`);
          buffer.push(CREDITCARD_COLUMNS.map((n) => `"${n}"`).join(","));
        }
        continue;
      }
      if (line.startsWith("{")) fail("sparse ARFF rows are not supported");
      const values = line.split(",").map(unquote);
      if (values.length !== CREDITCARD_COLUMNS.length) fail(`expected ${CREDITCARD_COLUMNS.length} values, got ${values.length}`);
      for (let i = 0; i < values.length - 1; i++) {
        if (values[i] === "" || !Number.isFinite(Number(values[i]))) fail(`column ${CREDITCARD_COLUMNS[i]}: expected a number, got ${JSON.stringify(values[i])}`);
      }
      const label = values[values.length - 1];
      if (label !== "0" && label !== "1") fail(`column Class: expected 0 or 1, got ${JSON.stringify(label)}`);
      rows++;
      if (label === "1") {
        positives++;
        positiveCents += Math.round(Number(values[values.length - 2]) * 100);
      }
      values[values.length - 1] = `"${label}"`;
      buffer.push(values.join(","));
      if (buffer.length >= 10_000) {
        await out.write(`${buffer.join("\n")}\n`);
        buffer = [];
      }
    }
    if (!inData) fail("no @data section");
    if (buffer.length > 0) await out.write(`${buffer.join("\n")}\n`);
    await out.sync();
    await out.close();
  } catch (error) {
    lines.close();
    await out.close().catch(() => undefined);
    await rm(csvPath, { force: true });
    throw error;
  }
  return { rows, positives, positiveAmountSum: positiveCents / 100 };
}
