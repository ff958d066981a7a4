import { describe, expect, it } from "@jest/globals";
import { lastWindows, poolWindows, trainingWindows, windowsAt, writeWindow } from "../src/pipeline/rul/windowing";

// An engine of `cycles` rows and 2 features whose values encode (cycle, feature): 10 * cycle + feature.
const rows = (cycles: number) => Float32Array.from({ length: cycles * 2 }, (_, i) => 10 * Math.floor(i / 2) + (i % 2));

describe("windowing", () => {
  it("copies the `window` cycles ending at `end`, oldest first", () => {
    const out = new Float32Array(3 * 2);
    writeWindow(rows(6), 2, 4, 3, out, 0);
    expect(Array.from(out)).toEqual([20, 21, 30, 31, 40, 41]);
  });

  it("pads a short history at the front with the first cycle", () => {
    const out = new Float32Array(4 * 2);
    writeWindow(rows(6), 2, 1, 4, out, 0);
    expect(Array.from(out)).toEqual([0, 1, 0, 1, 0, 1, 10, 11]);
  });

  it("refuses an end outside the engine's cycles", () => {
    expect(() => writeWindow(rows(3), 2, 3, 2, new Float32Array(4), 0)).toThrow(/outside the 3 cycles/);
  });

  it("makes one training window per cycle from minEnd, labelled with the capped RUL after that cycle", () => {
    const w = trainingWindows([rows(8), rows(5)], 2, 3, 4, 2);
    expect(w.count).toBe(6 + 3);
    // Engine 1 (8 cycles): window ends 2..7 -> RUL 5,4,3,2,1,0 capped at 4.
    expect(Array.from(w.y.subarray(0, 6))).toEqual([4, 4, 3, 2, 1, 0]);
    expect(Array.from(w.y.subarray(6))).toEqual([2, 1, 0]);
    // The last window of engine 1 holds cycles 5, 6, 7.
    expect(Array.from(w.x.subarray(5 * 6, 6 * 6))).toEqual([50, 51, 60, 61, 70, 71]);
  });

  it("skips engines shorter than minEnd instead of inventing windows", () => {
    expect(trainingWindows([rows(2)], 2, 3, 125, 2).count).toBe(0);
  });

  it("takes the last window of each engine with its true RUL", () => {
    const w = lastWindows([rows(4), rows(2)], 2, 3, [17, 40]);
    expect(w.count).toBe(2);
    expect(Array.from(w.y)).toEqual([17, 40]);
    expect(Array.from(w.x.subarray(0, 6))).toEqual([10, 11, 20, 21, 30, 31]);
    expect(Array.from(w.x.subarray(6))).toEqual([0, 1, 0, 1, 10, 11]);
  });

  it("averages blocks of cycles into time steps, window by window", () => {
    const w = windowsAt(rows(6), 2, 4, [3, 5]); // cycles 0-3 and 2-5
    expect(Array.from(poolWindows(w.x, 2, 4, 2, 2))).toEqual([5, 6, 25, 26, 25, 26, 45, 46]);
    expect(poolWindows(w.x, 2, 4, 2, 1)).toBe(w.x);
    expect(() => poolWindows(w.x, 2, 4, 2, 3)).toThrow(/not a multiple of pool 3/);
  });

  it("windows at chosen ends, for an engine's history", () => {
    const w = windowsAt(rows(5), 2, 2, [1, 4]);
    expect(Array.from(w.x)).toEqual([0, 1, 10, 11, 30, 31, 40, 41]);
  });
});
