import { describe, expect, it } from "@jest/globals";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describeModelsDir, isPretrainedError, remoteModelsAllowed, resolveHubUrl, resolveModelsDir } from "../src/index";
import { tempDir } from "./helpers";

async function workspace(withShared: boolean): Promise<{ root: string; ws: string }> {
  const root = await tempDir();
  const ws = join(root, "main");
  await mkdir(join(ws, "apps", "triage"), { recursive: true });
  await writeFile(join(ws, "pnpm-workspace.yaml"), "packages: []\n");
  if (withShared) await mkdir(join(root, "shared", "models"), { recursive: true });
  return { root, ws };
}

describe("resolveModelsDir", () => {
  it("searches ../shared/models first when it exists, and fetches into <workspace>/models", async () => {
    const { root, ws } = await workspace(true);
    const models = resolveModelsDir({ env: {}, cwd: join(ws, "apps", "triage") });
    expect(models).toEqual({ dir: join(ws, "models"), searchDirs: [join(root, "shared", "models"), join(ws, "models")], source: "default" });
    expect(describeModelsDir(models)).toContain("VERTICALS_MODELS_DIR is unset");
  });

  it("falls back to <workspace>/models on a fresh clone", async () => {
    const { ws } = await workspace(false);
    expect(resolveModelsDir({ env: {}, cwd: ws })).toEqual({ dir: join(ws, "models"), searchDirs: [join(ws, "models")], source: "default" });
  });

  it("VERTICALS_MODELS_DIR wins (relative to cwd, kept even when absent); an explicit option wins over it", async () => {
    const { ws } = await workspace(true);
    const fromEnv = resolveModelsDir({ env: { VERTICALS_MODELS_DIR: "elsewhere/models" }, cwd: ws });
    expect(fromEnv).toEqual({ dir: join(ws, "elsewhere", "models"), searchDirs: [join(ws, "elsewhere", "models")], source: "env" });
    const fromOption = resolveModelsDir({ modelsDir: "/opt/m", env: { VERTICALS_MODELS_DIR: "x" }, cwd: ws });
    expect(fromOption.searchDirs).toEqual(["/opt/m"]);
    expect(fromOption.source).toBe("option");
  });
});

describe("remote settings", () => {
  it("remote loading is off unless VERTICALS_ALLOW_REMOTE_MODELS is a true value", () => {
    expect(remoteModelsAllowed({})).toBe(false);
    expect(remoteModelsAllowed({ VERTICALS_ALLOW_REMOTE_MODELS: "0" })).toBe(false);
    expect(remoteModelsAllowed({ VERTICALS_ALLOW_REMOTE_MODELS: "1" })).toBe(true);
    expect(remoteModelsAllowed({ VERTICALS_ALLOW_REMOTE_MODELS: " TRUE " })).toBe(true);
  });

  it("an unrecognised value is a bad-setting error naming the variable", () => {
    let caught: unknown;
    try {
      remoteModelsAllowed({ VERTICALS_ALLOW_REMOTE_MODELS: "maybe" });
    } catch (error) {
      caught = error;
    }
    expect(isPretrainedError(caught, "bad-setting")).toBe(true);
    expect((caught as Error).message).toContain('VERTICALS_ALLOW_REMOTE_MODELS="maybe"');
  });

  it("hub URL: option, else VERTICALS_MODELS_HUB_URL, else huggingface.co, without a trailing slash", () => {
    expect(resolveHubUrl(undefined, {})).toBe("https://huggingface.co");
    expect(resolveHubUrl(undefined, { VERTICALS_MODELS_HUB_URL: "http://mirror.local/hf/" })).toBe("http://mirror.local/hf");
    expect(resolveHubUrl("http://127.0.0.1:9", { VERTICALS_MODELS_HUB_URL: "x" })).toBe("http://127.0.0.1:9");
  });
});
