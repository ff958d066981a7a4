import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import {
  DATASET_CATALOGUE,
  DATASET_KEYS,
  DataFormatError,
  ProvenanceSchema,
  readProvenance,
  realProvenance,
  writeProvenance,
  type Provenance,
} from "../src/index";
import { makeTempDir, rejection, removeDir } from "./test-helpers";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("prov");
});
afterAll(() => removeDir(dir));

async function folder(name: string, provenance?: string): Promise<string> {
  const path = join(dir, name);
  await mkdir(path, { recursive: true });
  if (provenance !== undefined) await writeFile(join(path, "PROVENANCE.json"), provenance);
  return path;
}

describe("catalogue", () => {
  it("has a citation, licence, source URL and note for every dataset, valid as real provenance", () => {
    for (const key of DATASET_KEYS) {
      const entry = DATASET_CATALOGUE[key];
      expect(entry.citation.length).toBeGreaterThan(40);
      expect(entry.licence.length).toBeGreaterThan(5);
      expect(entry.source).toMatch(/^https:\/\//);
      expect(ProvenanceSchema.parse(realProvenance(key))).toMatchObject({ kind: "real", dataset: key });
    }
    expect(DATASET_CATALOGUE.ai4i2020.note).toMatch(/synthetic/);
    expect(DATASET_CATALOGUE.cmapss.note).toMatch(/[Ss]imulated/);
    expect(DATASET_CATALOGUE.creditcard.licence).toMatch(/ODbL/);
    expect(DATASET_CATALOGUE.pneumoniamnist.licence).toBe("CC BY 4.0");
  });
});

describe("readProvenance", () => {
  it("takes a folder without PROVENANCE.json as the real dataset", async () => {
    expect(await readProvenance("creditcard", await folder("real"))).toEqual(realProvenance("creditcard"));
  });

  it("reads a generator's synthetic record, keeping extra fields", async () => {
    const record = {
      kind: "synthetic",
      dataset: "cmapss",
      name: "Synthetic C-MAPSS twin",
      note: "degradation curves from a seeded model",
      generator: { seed: 7, version: "1", units: 20 },
      createdBy: "verticals data generate",
    };
    const p = await readProvenance("cmapss", await folder("synth", JSON.stringify(record)));
    expect(p).toEqual(record);
  });

  it("completes a 'real' record from the catalogue", async () => {
    const p = await readProvenance("m5", await folder("real-m5", JSON.stringify({ kind: "real", dataset: "m5", name: "M5 full files", note: "fetched" })));
    expect(p).toMatchObject({ kind: "real", name: "M5 full files", note: "fetched", licence: DATASET_CATALOGUE.m5.licence });
  });

  it("rejects invalid JSON, schema violations and another dataset's record, naming the file and field", async () => {
    const bad = await rejection(readProvenance("m5", await folder("bad-json", "{ kind: ")));
    expect(bad).toBeInstanceOf(DataFormatError);
    expect(bad.message).toMatch(/^PROVENANCE\.json: expected valid JSON, got /);

    const kind = await rejection(readProvenance("m5", await folder("bad-kind", JSON.stringify({ kind: "fake", dataset: "m5", name: "x" }))));
    expect(kind.message).toMatch(/^PROVENANCE\.json, entry "kind": expected a provenance record/);

    const seed = await rejection(
      readProvenance("m5", await folder("bad-seed", JSON.stringify({ kind: "synthetic", dataset: "m5", name: "x", generator: { seed: 1.5, version: "1" } }))),
    );
    expect(seed.message).toMatch(/^PROVENANCE\.json, entry "generator\.seed"/);

    const other = await rejection(readProvenance("m5", await folder("other", JSON.stringify({ kind: "synthetic", dataset: "creditcard", name: "x" }))));
    expect(other.message).toBe('PROVENANCE.json, entry "dataset": expected "m5", got "creditcard"');
  });
});

describe("writeProvenance", () => {
  it("validates, writes atomically and reads back", async () => {
    const target = await folder("written");
    const record: Provenance = { kind: "synthetic", dataset: "pneumoniamnist", name: "Synthetic chest X-rays", generator: { seed: 42, version: "0.1.0" } };
    const file = await writeProvenance(target, record);
    expect(JSON.parse(await readFile(file, "utf8"))).toEqual(record);
    expect(await readProvenance("pneumoniamnist", target)).toEqual(record);
    await expect(writeProvenance(target, { ...record, name: "" })).rejects.toThrow();
  });
});
