// transformers.js with our settings, without any weights: a hub id is refused offline and nothing is fetched.
import { afterEach, describe, expect, it } from "@jest/globals";
import { join } from "node:path";
import { loadTransformers } from "../src/index";
import { tempDir } from "./helpers";

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

describe("transformers.js configured offline", () => {
  it("points env at the models directory with remote loading off", async () => {
    const modelsDir = await tempDir();
    const transformers = await loadTransformers({ modelsDir, env: {} });
    expect(transformers.env.allowRemoteModels).toBe(false);
    expect(transformers.env.localModelPath).toBe(`${modelsDir}/`);
    expect(transformers.env.useFSCache).toBe(false);
  });

  it("refuses a hub id that is not in the local folder, without a network request", async () => {
    let calls = 0;
    globalThis.fetch = (async () => {
      calls++;
      throw new Error("network used");
    }) as typeof fetch;
    const modelsDir = join(await tempDir(), "empty");
    const transformers = await loadTransformers({ modelsDir, env: {} });
    await expect(transformers.pipeline("image-feature-extraction", "Xenova/mobilenet_v2_1.0_224", { dtype: "q8" })).rejects.toThrow(
      `env.allowRemoteModels=false\` and file was not found locally at "${modelsDir}/Xenova/mobilenet_v2_1.0_224/config.json"`,
    );
    expect(calls).toBe(0);
  });

  it("turns remote loading on only when asked, caching downloads into the models directory", async () => {
    const modelsDir = await tempDir();
    const transformers = await loadTransformers({ modelsDir, env: { VERTICALS_ALLOW_REMOTE_MODELS: "1" } });
    expect(transformers.env.allowRemoteModels).toBe(true);
    expect(transformers.env.cacheDir).toBe(`${modelsDir}/`);
    await loadTransformers({ modelsDir, env: {} }); // leave the process-wide env offline again
    expect(transformers.env.allowRemoteModels).toBe(false);
  });
});
