import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createImageEmbedder, locateModel, modelAvailability, PretrainedError } from "../src/index";
import { fakeSpec, FAKE_FILES, tempDir, writeFakeModel } from "./helpers";

// Any network use in these tests is a bug: fail loudly and count it.
const realFetch = globalThis.fetch;
let fetchCalls = 0;
beforeEach(() => {
  fetchCalls = 0;
  globalThis.fetch = (async () => {
    fetchCalls++;
    throw new Error("network used in an offline test");
  }) as typeof fetch;
});
afterEach(() => {
  globalThis.fetch = realFetch;
});

async function rejection(promise: Promise<unknown>): Promise<PretrainedError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PretrainedError) return error;
    throw error;
  }
  throw new Error("expected a PretrainedError");
}

describe("availability and fallback without weights", () => {
  it("an absent models directory: not available, with the three ways to get the weights", async () => {
    const modelsDir = join(await tempDir(), "no-such-models");
    const status = await modelAvailability(undefined, { modelsDir, env: {} });
    expect(status).toMatchObject({ model: "mobilenet_v2_1.0_224-int8", status: "missing", available: false });
    expect(status.error?.code).toBe("weights-missing");
    expect(status.reason).toContain(join(modelsDir, "mobilenet_v2_1.0_224-int8"));
    expect(status.reason).toContain("VERTICALS_MODELS_DIR");
    expect(status.reason).toContain("models fetch mobilenet_v2_1.0_224-int8");
    expect(status.reason).toContain("VERTICALS_ALLOW_REMOTE_MODELS=1");
    expect(fetchCalls).toBe(0);
  });

  it("with remote loading on, a missing model is 'downloadable' (still no request made)", async () => {
    const modelsDir = await tempDir();
    const status = await modelAvailability(undefined, { modelsDir, env: { VERTICALS_ALLOW_REMOTE_MODELS: "1" } });
    expect(status).toMatchObject({ status: "downloadable", available: true });
    expect(fetchCalls).toBe(0);
  });

  it("a bad remote setting is reported, not thrown", async () => {
    const status = await modelAvailability(undefined, { modelsDir: await tempDir(), env: { VERTICALS_ALLOW_REMOTE_MODELS: "sometimes" } });
    expect(status).toMatchObject({ status: "bad-setting", available: false });
  });

  it("createImageEmbedder fails with weights-missing, so the caller can fall back", async () => {
    const error = await rejection(createImageEmbedder({ modelsDir: await tempDir(), env: {} }));
    expect(error.code).toBe("weights-missing");
    expect(fetchCalls).toBe(0);
  });

  it("a hub id is refused offline with a clear error and no network attempt", async () => {
    const error = await rejection(createImageEmbedder({ model: "Xenova/mobilenet_v2_1.0_224", modelsDir: await tempDir(), env: {} }));
    expect(error.code).toBe("remote-disabled");
    expect(error.message).toMatch(/Xenova\/mobilenet_v2_1\.0_224 is a Hugging Face hub id and remote loading is off/);
    expect(error.message).toContain("no network request was made");
    expect(fetchCalls).toBe(0);
  });

  it("an unvetted hub id is refused before anything else", async () => {
    const error = await rejection(createImageEmbedder({ model: "someone/other", modelsDir: await tempDir(), env: { VERTICALS_ALLOW_REMOTE_MODELS: "1" } }));
    expect(error.code).toBe("unknown-model");
    expect(fetchCalls).toBe(0);
  });
});

describe("locating a folder", () => {
  it("finds a complete folder verified against the registry's checksums", async () => {
    const modelsDir = await tempDir();
    const dir = await writeFakeModel(modelsDir, "fake-model");
    const location = await locateModel(fakeSpec(), { modelsDir });
    expect(location).toMatchObject({ variant: "curated", dir, root: modelsDir, loadId: "fake-model", verifiedAgainst: "registry" });
    expect(location.onnxPath).toBe(join(dir, "onnx", "model_quantized.onnx"));
    expect(location.weightsSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("an incomplete folder counts as missing and the message names the missing file", async () => {
    const modelsDir = await tempDir();
    const { "onnx/model_quantized.onnx": _dropped, ...partial } = FAKE_FILES;
    await writeFakeModel(modelsDir, "fake-model", partial);
    const status = await modelAvailability(fakeSpec(), { modelsDir, env: {} });
    expect(status.status).toBe("missing");
    expect(status.reason).toContain("missing onnx/model_quantized.onnx");
  });

  it("a changed file is 'corrupt', with the expected and actual sha256", async () => {
    const modelsDir = await tempDir();
    const dir = await writeFakeModel(modelsDir, "fake-model");
    await writeFile(join(dir, "onnx", "model_quantized.onnx"), "tampered\n");
    const status = await modelAvailability(fakeSpec(), { modelsDir, env: {} });
    expect(status).toMatchObject({ status: "corrupt", available: false });
    expect(status.error?.code).toBe("checksum");
    expect(status.reason).toMatch(/model_quantized\.onnx: SHA-256 is [0-9a-f]{64}, expected [0-9a-f]{64} \(registry\)/);
  });

  it("without a setting, searches ../shared/models first, then <workspace>/models", async () => {
    const root = await tempDir();
    const ws = join(root, "main");
    await mkdir(join(root, "shared", "models"), { recursive: true });
    await mkdir(ws, { recursive: true });
    await writeFile(join(ws, "pnpm-workspace.yaml"), "packages: []\n");
    await writeFakeModel(join(ws, "models"), "fake-model");
    expect((await locateModel(fakeSpec(), { env: {}, cwd: ws })).root).toBe(join(ws, "models"));
    await writeFakeModel(join(root, "shared", "models"), "fake-model");
    expect((await locateModel(fakeSpec(), { env: {}, cwd: ws })).root).toBe(join(root, "shared", "models"));
  });
});
