import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import {
  DATASET_FOLDERS,
  DATASET_KEYS,
  datasetDir,
  datasetFiles,
  describeDataset,
  generateAll,
  readProvenance,
  syntheticGenerators,
  type GenerateAllProgress,
  type GeneratedDataset,
} from "../src/index";
import { makeTempDir, removeDir } from "./test-helpers";

let root: string;
let results: GeneratedDataset[];
const events: GenerateAllProgress[] = [];
let totalMs = 0;
beforeAll(async () => {
  root = await makeTempDir("syn-all");
  const started = performance.now();
  results = await generateAll(root, { seed: 42, onProgress: (event) => events.push(event) });
  totalMs = performance.now() - started;
  console.log(`generateAll (default sizes): ${results.map((r) => `${r.key} ${(r.ms / 1000).toFixed(2)} s`).join(", ")}; total ${(totalMs / 1000).toFixed(2)} s`);
});
afterAll(() => removeDir(root));

describe("syntheticGenerators and generateAll", () => {
  it("lists one generator per dataset key with its folder in the data layout", () => {
    expect(syntheticGenerators.map((g) => g.key)).toEqual([...DATASET_KEYS]);
    for (const g of syntheticGenerators) expect(g.folder).toBe(DATASET_FOLDERS[g.key]);
  });

  it("fills every dataset folder of a fresh data root, complete and labelled synthetic, well within 20 s", async () => {
    expect(results.map((r) => r.key)).toEqual([...DATASET_KEYS]);
    for (const key of DATASET_KEYS) {
      const dir = datasetDir(root, key);
      expect(datasetFiles(key, dir)).toMatchObject({ complete: true, missing: [] });
      const provenance = await readProvenance(key, dir);
      expect(provenance).toMatchObject({ kind: "synthetic", dataset: key, generator: { seed: 42 } });
      expect(provenance.name).toMatch(/^Synthetic/);
    }
    expect(totalMs).toBeLessThan(20_000);
  });

  it("reports start and done for each dataset, in order, with run times", () => {
    expect(events.map((e) => `${e.phase}:${e.index}/${e.total}:${e.key}`)).toEqual(
      DATASET_KEYS.flatMap((key, i) => [`start:${i + 1}/5:${key}`, `done:${i + 1}/5:${key}`]),
    );
    for (const e of events.filter((x) => x.phase === "done")) expect(e.ms).toBeGreaterThan(0);
  });

  it("can generate a subset only", async () => {
    const subsetRoot = `${root}-subset`;
    try {
      const only = await generateAll(subsetRoot, { seed: 1, only: ["ai4i2020"] });
      expect(only.map((r) => r.key)).toEqual(["ai4i2020"]);
      expect(datasetFiles("creditcard", datasetDir(subsetRoot, "creditcard")).complete).toBe(false);
    } finally {
      await removeDir(subsetRoot);
    }
  });

  it("describes each generated dataset in plain lines, marked synthetic, with counts read from the files", async () => {
    for (const key of DATASET_KEYS) {
      const description = await describeDataset(key, root);
      expect(description.source).toMatch(/^SYNTHETIC · /);
      expect(description.lines.length).toBeGreaterThanOrEqual(2);
      for (const line of description.lines) expect(line).not.toMatch(/NaN|undefined/);
    }
    const credit = await describeDataset("creditcard", root);
    expect(credit.lines[0]).toMatch(/^[\d,]+ transactions × 30 features/);
    expect(credit.lines[1]).toMatch(/^frauds: [\d,]+ \([\d.]+%\)/);
    const m5 = await describeDataset("m5", root);
    expect(m5.lines[0]).toMatch(/item × store series over [\d,]+ days \(\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d\)/);
  });
});
