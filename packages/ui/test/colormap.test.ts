import { describe, expect, it } from "@jest/globals";
import { INFERNO, checkGrid, colorAt, colormapGradient, greyToRGBA, heatDomain, heatToRGBA } from "../src/heatmap/colormap";

describe("colormap", () => {
  it("interpolates between stops and clamps", () => {
    expect(colorAt(0)).toEqual([...INFERNO[0]!]);
    expect(colorAt(1)).toEqual([...INFERNO[INFERNO.length - 1]!]);
    expect(colorAt(2)).toEqual(colorAt(1));
    expect(colorAt(Number.NaN)).toEqual(colorAt(0));
    const mid = colorAt(0.5 / (INFERNO.length - 1));
    expect(mid[0]).toBe(Math.round((INFERNO[0]![0] + INFERNO[1]![0]) / 2));
    expect(colormapGradient()).toMatch(/^linear-gradient\(to right, rgb\(0, 0, 4\) 0\.0%,.*100\.0%\)$/);
  });
});

describe("greyToRGBA", () => {
  it("reads bytes as bytes and unit floats as fractions", () => {
    expect(Array.from(greyToRGBA({ width: 2, height: 1, data: [0, 200] }))).toEqual([0, 0, 0, 255, 200, 200, 200, 255]);
    expect(Array.from(greyToRGBA({ width: 1, height: 1, data: new Float32Array([0.5]) })).slice(0, 3)).toEqual([128, 128, 128]);
  });
  it("names the mismatch", () => {
    expect(() => greyToRGBA({ width: 28, height: 28, data: new Uint8Array(700) })).toThrow("image.data has 700 values, expected 28x28 = 784");
    expect(() => checkGrid("heat", { width: 0, height: 2, data: [] })).toThrow("heat width and height must be positive integers, got 0x2");
  });
});

describe("heatToRGBA", () => {
  it("maps the domain onto the colormap with alpha rising with heat", () => {
    const rgba = heatToRGBA({ width: 3, height: 1, data: [0, 0.5, 1] });
    expect(rgba[3]).toBe(0);
    expect(rgba[7]).toBeGreaterThan(0);
    expect(rgba[11]).toBe(255);
    expect(Array.from(rgba.slice(8, 11))).toEqual([...INFERNO[INFERNO.length - 1]!]);
  });
  it("uses a given domain and leaves non-finite cells transparent", () => {
    const rgba = heatToRGBA({ width: 2, height: 1, data: [5, Number.NaN] }, [0, 10]);
    expect(rgba[3]).toBe(Math.round(255 * Math.sqrt(0.5)));
    expect(rgba[7]).toBe(0);
    expect(heatDomain({ width: 2, height: 1, data: [3, 3] })).toEqual([3, 4]);
  });
});
