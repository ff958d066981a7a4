import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { syntheticGenerators, type DatasetKey, type SyntheticOptions } from "../src/index";
import { makeTempDir, removeDir } from "./test-helpers";

// Small sizes keep this fast; determinism does not depend on size.
const SMALL: Record<DatasetKey, number> = { creditcard: 3_000, ai4i2020: 2_000, cmapss: 10, pneumoniamnist: 120, m5: 120 };

let root: string;
beforeAll(async () => {
  root = await makeTempDir("syn-determinism");
});
afterAll(() => removeDir(root));

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name))] as const)));
}

describe.each(syntheticGenerators.map((entry) => [entry.key, entry] as const))("%s generator", (key, entry) => {
  it("writes byte-identical files for the same seed, different data for another seed, and no temp files", async () => {
    const run = async (name: string, options: SyntheticOptions): Promise<Map<string, Buffer>> => {
      const dir = join(root, key, name);
      const result = await entry.generate(dir, options);
      expect(result.files.map((f) => f.slice(dir.length + 1)).sort()).toEqual([...entry.files].sort());
      return filesOf(dir);
    };
    const a = await run("a", { seed: 7, size: SMALL[key] });
    const b = await run("b", { seed: 7, size: SMALL[key] });
    const c = await run("c", { seed: 8, size: SMALL[key] });
    expect([...a.keys()]).toEqual([...entry.files, "PROVENANCE.json"].sort());
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name)!)).toBe(true);
    // M5's calendar follows from rules (dates, weeks, holidays, SNAP), not from the seed.
    const ruleBased = key === "m5" ? ["calendar.csv"] : [];
    for (const name of entry.files) expect(a.get(name)!.equals(c.get(name)!)).toBe(ruleBased.includes(name));
    expect(JSON.parse(c.get("PROVENANCE.json")!.toString("utf8")).generator.seed).toBe(8);
  });
});
