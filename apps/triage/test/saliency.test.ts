import { beforeAll, describe, expect, it } from "@jest/globals";
import { initBackend, tf } from "@verticals/core";
import { buildModel, CAM_LAYER, DEFAULT_MODEL } from "../src/pipeline/model";
import { PIXELS } from "../src/pipeline/preprocess";
import { explain, gradCam, integratedGradientMaps, normaliseHeat } from "../src/pipeline/saliency";

function images(count: number): Float32Array {
  const out = new Float32Array(count * PIXELS);
  for (let i = 0; i < out.length; i++) out[i] = ((i * 7919) % 255) / 255;
  return out;
}

describe("heatmaps", () => {
  let model: tf.Sequential;
  beforeAll(async () => {
    await initBackend();
    model = buildModel({ ...DEFAULT_MODEL, filters: [4, 4, 8] }, 3);
  });

  it("Grad-CAM gives one 7x7 map per image, scaled to [0, 1]", () => {
    const maps = gradCam(model, images(3));
    expect(maps).toHaveLength(3);
    for (const map of maps) {
      expect([map.method, map.width, map.height, map.data.length]).toEqual(["grad-cam", 7, 7, 49]);
      const max = Math.max(...map.data);
      expect(Math.min(...map.data)).toBeGreaterThanOrEqual(0);
      expect(max === 0 || Math.abs(max - 1) < 1e-6).toBe(true);
    }
  });

  it("Grad-CAM follows the pneumonia logit: flipping the output layer's sign moves the heat", () => {
    const input = images(1);
    const before = gradCam(model, input)[0]!.data;
    const logit = model.getLayer("logit");
    const [kernel, bias] = logit.getWeights();
    logit.setWeights([kernel!.neg(), bias!]);
    const after = gradCam(model, input)[0]!.data;
    logit.setWeights([kernel!, bias!]);
    expect(Array.from(after)).not.toEqual(Array.from(before));
  });

  it("integrated gradients give a 28x28 pixel map in [0, 1]", () => {
    const [map] = integratedGradientMaps(model, images(1), 8);
    expect([map!.width, map!.height, map!.data.length]).toEqual([28, 28, PIXELS]);
    expect(Math.max(...map!.data)).toBeLessThanOrEqual(1);
    expect(Math.min(...map!.data)).toBeGreaterThanOrEqual(0);
    expect(explain(model, images(1), "integrated-gradients")[0]!.method).toBe("integrated-gradients");
  });

  it("normaliseHeat keeps zeros as zeros and refuses NaN", () => {
    expect(Array.from(normaliseHeat(new Float32Array([0, 0])))).toEqual([0, 0]);
    expect(Array.from(normaliseHeat(new Float32Array([1, 2, 4])))).toEqual([0.25, 0.5, 1]);
    expect(() => normaliseHeat(new Float32Array([1, Number.NaN]))).toThrow(/non-finite/);
  });

  it("the model exposes the layer Grad-CAM explains", () => {
    expect(model.getLayer(CAM_LAYER)).toBeDefined();
    expect(() => gradCam(model, new Float32Array(10))).toThrow(/whole 28x28 images/);
  });
});
