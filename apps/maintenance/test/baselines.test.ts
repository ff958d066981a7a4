import { describe, expect, it } from "@jest/globals";
import { windowSummaries } from "../src/pipeline/rul/baselines";
import type { Windows } from "../src/pipeline/rul/windowing";

// One window of 4 cycles x 3 channels: channel 0 rises 1 per cycle, channel 1 is flat at 5, channel 2 falls 2 per cycle.
const w: Windows = { x: Float32Array.from([0, 5, 10, 1, 5, 8, 2, 5, 6, 3, 5, 4]), y: new Float32Array(1), count: 1, window: 4, features: 3 };

describe("linear baseline's window summaries", () => {
  it("gives the last value, mean and slope of every channel", () => {
    expect(Array.from(windowSummaries(w).data)).toEqual([3, 5, 4, 1.5, 5, 7, 1, 0, -2]);
  });

  it("reads only the listed channels (the ridge skips the change-from-baseline channels)", () => {
    const s = windowSummaries(w, [0, 2]);
    expect(s.columns).toBe(6);
    expect(Array.from(s.data)).toEqual([3, 4, 1.5, 7, 1, -2]);
  });
});
