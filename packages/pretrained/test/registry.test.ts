import { describe, expect, it } from "@jest/globals";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  formatSha256Sums,
  isPretrainedError,
  lookupModel,
  MOBILENET_V2_INT8,
  MODEL_REGISTRY,
  parsePreprocessorConfig,
  parseSha256Sums,
  resolveModelsDir,
} from "../src/index";

describe("model registry", () => {
  it("finds a model by registry id and by its hub id", () => {
    expect(lookupModel("mobilenet_v2_1.0_224-int8")).toEqual({ spec: MOBILENET_V2_INT8, via: "id" });
    expect(lookupModel("Xenova/mobilenet_v2_1.0_224")).toEqual({ spec: MOBILENET_V2_INT8, via: "hub" });
  });

  it("refuses any other hub id, listing what is known", () => {
    let caught: unknown;
    try {
      lookupModel("someone/some-model");
    } catch (error) {
      caught = error;
    }
    expect(isPretrainedError(caught, "unknown-model")).toBe(true);
    expect((caught as Error).message).toContain("mobilenet_v2_1.0_224-int8 (hub: Xenova/mobilenet_v2_1.0_224)");
  });

  it("every entry pins every file of its folder and says how to cite it", () => {
    for (const spec of Object.values(MODEL_REGISTRY)) {
      expect(spec.files.map((f) => f.path)).toEqual(expect.arrayContaining([spec.onnxFile, "preprocessor_config.json"]));
      for (const file of spec.files) expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(spec.licence).not.toBe("");
      expect(spec.citation).toContain("MobileNetV2");
      expect(spec.embeddingDim).toBe(1280);
    }
  });

  const shared = resolveModelsDir().searchDirs.map((d) => join(d, MOBILENET_V2_INT8.id)).find((d) => existsSync(join(d, "SHA256SUMS")));
  if (!shared) console.log("[skip] no models folder with SHA256SUMS (../shared/models or VERTICALS_MODELS_DIR): registry-vs-folder checks skipped");
  (shared ? it : it.skip)("the registry's checksums and preprocessing are those of the shared folder", () => {
    const sums = parseSha256Sums(readFileSync(join(shared!, "SHA256SUMS"), "utf8"));
    expect(Object.fromEntries(MOBILENET_V2_INT8.files.map((f) => [f.path, f.sha256]))).toEqual(Object.fromEntries(sums));
    const config = JSON.parse(readFileSync(join(shared!, "preprocessor_config.json"), "utf8"));
    const facts = parsePreprocessorConfig(config);
    expect(facts.shortestEdge).toBe(MOBILENET_V2_INT8.preprocessing.shortestEdge);
    expect(facts.mean).toEqual(MOBILENET_V2_INT8.preprocessing.mean);
    expect(facts.std).toEqual(MOBILENET_V2_INT8.preprocessing.std);
    expect(facts.rescaleFactor).toBeCloseTo(1 / 255, 12);
  });
});

describe("SHA256SUMS", () => {
  it("round-trips and accepts binary-mode lines", () => {
    const a = "a".repeat(64);
    const b = "B".repeat(64);
    const parsed = parseSha256Sums(`${a}  onnx/model.onnx\n${b} *config.json\n\n`);
    expect(parsed).toEqual(new Map([["onnx/model.onnx", a], ["config.json", "b".repeat(64)]]));
    expect(formatSha256Sums(parsed)).toBe(`${"b".repeat(64)}  config.json\n${a}  onnx/model.onnx\n`);
  });

  it("names the line of a malformed entry", () => {
    expect(() => parseSha256Sums(`${"a".repeat(64)}  ok\nnot a checksum line\n`, "X/SHA256SUMS")).toThrow(
      'X/SHA256SUMS line 2: expected "<64 hex digits>  <path>", got "not a checksum line"',
    );
  });
});

describe("preprocessor_config.json", () => {
  const base = { size: { shortest_edge: 256 }, crop_size: { height: 224, width: 224 }, image_mean: [0.5, 0.5, 0.5], image_std: [0.5, 0.5, 0.5] };

  it("reads Hugging Face's defaults (rescale 1/255, bilinear)", () => {
    expect(parsePreprocessorConfig(base)).toEqual({
      shortestEdge: 256,
      resample: 2,
      cropHeight: 224,
      cropWidth: 224,
      rescaleFactor: 1 / 255,
      mean: [0.5, 0.5, 0.5],
      std: [0.5, 0.5, 0.5],
    });
  });

  it("refuses what the fast path does not implement, naming the field", () => {
    expect(() => parsePreprocessorConfig({ ...base, resample: 3 }, "p.json")).toThrow(/p\.json, field "resample": only 2 \(bilinear\)/);
    expect(() => parsePreprocessorConfig({ ...base, image_std: [1, 2] }, "p.json")).toThrow(/field "image_std": expected 3 numbers/);
    expect(() => parsePreprocessorConfig({ ...base, size: { height: 3 } }, "p.json")).toThrow(/field "size.shortest_edge"/);
  });
});
