import { afterAll, describe, expect, it } from "@jest/globals";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DataFormatError } from "@verticals/data";
import { COLUMNS, DATA_FILE, FEATURE_COLUMNS } from "../src/pipeline/columns";
import { assertTrainable, loadDataset } from "../src/pipeline/dataset";
import { readDataProvenance } from "../src/pipeline/provenance";
import { generateSynthetic } from "../src/pipeline/synthetic";
import { tempDir } from "./support/tiny";

const temp = tempDir("__NAME__-data-test-");
afterAll(() => temp.cleanup());

let folders = 0;
function folderWith(csv: string): string {
  const dir = join(temp.dir, `case-${++folders}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, DATA_FILE), csv);
  return dir;
}

async function loadError(csv: string): Promise<DataFormatError> {
  const error = await loadDataset(folderWith(csv)).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DataFormatError);
  return error as DataFormatError;
}

const header = COLUMNS.join(",");
const row = (id: string, label = "1", x = "0.5") => [id, ...FEATURE_COLUMNS.map(() => x), label].join(",");

describe("data loader", () => {
  it("reads the synthetic twin it generates, seeded and labelled synthetic", async () => {
    const a = join(temp.dir, "a");
    const b = join(temp.dir, "b");
    await generateSynthetic(a, { rows: 300, seed: 3 });
    await generateSynthetic(b, { rows: 300, seed: 3 });
    const [first, second] = await Promise.all([loadDataset(a), loadDataset(b)]);
    expect(first.rows).toBe(300);
    expect(first.features).toHaveLength(300 * FEATURE_COLUMNS.length);
    expect(Array.from(first.features)).toEqual(Array.from(second.features));
    const positives = first.labels.reduce((sum, label) => sum + label, 0);
    expect(positives).toBeGreaterThan(30);
    expect(positives).toBeLessThan(270);
    expect(() => assertTrainable(first)).not.toThrow();
    expect((await readDataProvenance(a)).kind).toBe("synthetic");
  });

  it("names the file, line and column of a bad cell", async () => {
    const error = await loadError(`${header}\n${row("r1")}\n${row("r2", "1", "abc")}\n`);
    expect(error.message).toBe(`${DATA_FILE} line 3, column 2 "${FEATURE_COLUMNS[0]}": expected a number, got "abc"`);
  });

  it("rejects a wrong header, a label that is not 0/1 and a duplicate id", async () => {
    expect((await loadError(`id,a,b\n${row("r1")}\n`)).message).toMatch(new RegExp(`${DATA_FILE} line 1, column 2: expected header column "${FEATURE_COLUMNS[0]}"`));
    expect((await loadError(`${header}\n${row("r1", "yes")}\n`)).message).toMatch(/line 2, column 8 "label": expected 0 or 1, got "yes"/);
    expect((await loadError(`${header}\n${row("r1")}\n${row("r1")}\n`)).message).toMatch(/line 3, column 1 "id": expected a unique record id \(this one is already on line 2\)/);
  });

  it("explains a missing file, and a file too small or one-sided to train on", async () => {
    await expect(loadDataset(join(temp.dir, "nowhere"))).rejects.toThrow(new RegExp(`${DATA_FILE}: missing`));
    const oneSided = await loadDataset(folderWith(`${header}\n${row("r1")}\n${row("r2")}\n`));
    expect(() => assertTrainable(oneSided)).toThrow(new RegExp(`${DATA_FILE}: needs at least 10 rows with label 1 and 10 with label 0 .* found 2 and 0`));
  });

  it("treats a folder without PROVENANCE.json as real data and asks for its citation", async () => {
    const provenance = await readDataProvenance(join(temp.dir, "no-provenance"));
    expect(provenance.kind).toBe("real");
    expect(provenance.note).toMatch(/add one/);
  });
});
