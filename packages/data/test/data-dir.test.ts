import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { DATASET_KEYS, datasetDir, datasetFiles, findRealDataRoot, findWorkspaceRoot, resolveDataRoot } from "../src/index";
import { makeTempDir, removeDir } from "./test-helpers";

let base: string;
let workspace: string;
let nested: string;
beforeAll(async () => {
  base = await makeTempDir("dir");
  workspace = join(base, "repo");
  nested = join(workspace, "apps", "fraud", "src");
  await mkdir(nested, { recursive: true });
  await writeFile(join(workspace, "pnpm-workspace.yaml"), "packages: []\n");
});
afterAll(() => removeDir(base));

describe("findWorkspaceRoot", () => {
  it("walks up to the folder holding pnpm-workspace.yaml, else returns cwd", () => {
    expect(findWorkspaceRoot(nested)).toBe(workspace);
    expect(findWorkspaceRoot(base)).toBe(base);
  });

  it("finds this monorepo from the package folder", () => {
    expect(findWorkspaceRoot(process.cwd())).toBe(resolve(process.cwd(), "../.."));
  });
});

describe("resolveDataRoot", () => {
  it("prefers the flag, then VERTICALS_DATA_DIR, then <workspace>/data; relative paths resolve from cwd", () => {
    const env = { VERTICALS_DATA_DIR: "/srv/env-data" };
    expect(resolveDataRoot({ flag: "my-data", env, cwd: nested })).toBe(join(nested, "my-data"));
    expect(resolveDataRoot({ env, cwd: nested })).toBe("/srv/env-data");
    expect(resolveDataRoot({ env: { VERTICALS_DATA_DIR: "rel" }, cwd: nested })).toBe(join(nested, "rel"));
    expect(resolveDataRoot({ env: {}, cwd: nested })).toBe(join(workspace, "data"));
    expect(resolveDataRoot({ env: { VERTICALS_DATA_DIR: "" }, cwd: nested })).toBe(join(workspace, "data"));
  });
});

describe("datasetDir", () => {
  it("maps every key to the folder of docs/ARCHITECTURE.md", () => {
    expect(DATASET_KEYS.map((k) => datasetDir("/d", k))).toEqual([
      "/d/fraud",
      "/d/equipment/ai4i2020",
      "/d/equipment/cmapss",
      "/d/medical",
      "/d/retail",
    ]);
  });
});

describe("findRealDataRoot", () => {
  it("uses VERTICALS_REAL_DATA_DIR when set, even if the folder is absent (so a typo shows as missing files)", () => {
    expect(findRealDataRoot({ env: { VERTICALS_REAL_DATA_DIR: "/nowhere/datasets" }, cwd: nested })).toBe("/nowhere/datasets");
  });

  it("falls back to <workspace>/../shared/datasets only when it exists", async () => {
    expect(findRealDataRoot({ env: {}, cwd: nested })).toBeNull();
    await mkdir(join(base, "shared", "datasets"), { recursive: true });
    expect(findRealDataRoot({ env: {}, cwd: nested })).toBe(join(base, "shared", "datasets"));
  });
});

describe("datasetFiles", () => {
  it("lists expected files, which are present, and what is missing", async () => {
    const root = join(base, "data");
    const fraud = datasetDir(root, "creditcard");
    expect(datasetFiles("creditcard", fraud)).toMatchObject({ complete: false, missing: ["creditcard.csv"], provenanceFile: null });
    await mkdir(fraud, { recursive: true });
    await writeFile(join(fraud, "creditcard.csv"), "x");
    await writeFile(join(fraud, "PROVENANCE.json"), "{}");
    const status = datasetFiles("creditcard", fraud);
    expect(status.complete).toBe(true);
    expect(status.files.map((f) => [f.name, f.present, f.required])).toEqual([
      ["creditcard.csv", true, true],
      ["creditcard_test.csv", false, false],
    ]);
    expect(status.provenanceFile).toBe(join(fraud, "PROVENANCE.json"));
  });

  it("needs one of the two M5 sales files plus calendar and prices", async () => {
    const retail = join(base, "retail");
    await mkdir(retail, { recursive: true });
    expect(datasetFiles("m5", retail).missing).toEqual(["calendar.csv", "sell_prices.csv", "sales_train_evaluation.csv or sales_train_validation.csv"]);
    for (const f of ["calendar.csv", "sell_prices.csv", "sales_train_validation.csv"]) await writeFile(join(retail, f), "x");
    expect(datasetFiles("m5", retail)).toMatchObject({ complete: true, missing: [] });
  });
});
