// Progress output: a single redrawn bar on a terminal, plain lines otherwise; stream and clock injected.
import { describe, expect, it } from "@jest/globals";
import { EventEmitter } from "node:events";
import { estimateRemaining, formatDuration, formatMetric, progressBar } from "../src/runtime/progress/format";
import { createStepProgress } from "../src/runtime/progress/step-progress";
import { createTrainingReporter } from "../src/runtime/progress/training-reporter";
import { abortOnSigint } from "../src/runtime/training/cancellation";
import type { EpochLog } from "../src/runtime/training/history";

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 200, write: (chunk: string) => chunks.push(chunk) }, text: () => chunks.join("") };
}

function fakeClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const epochLog = (epoch: number, loss: number): EpochLog => ({
  epoch,
  loss,
  metrics: { acc: 0.9 },
  validation: { loss: loss + 0.1, auc: 0.95 },
  seconds: 2,
});

describe("training reporter", () => {
  it("prints one plain line per epoch when not on a terminal", () => {
    const out = fakeStream(false);
    const clock = fakeClock();
    const reporter = createTrainingReporter({ stream: out.stream, now: clock.now, label: "fraud" });
    reporter.start({ epochs: 3, batchesPerEpoch: 10, samples: 320 });
    for (let epoch = 1; epoch <= 2; epoch++) {
      for (let batch = 1; batch <= 10; batch++) {
        clock.advance(200);
        reporter.batch({ epoch, batch, loss: 0.5 });
      }
      reporter.epoch(epochLog(epoch, 0.5 / epoch));
    }
    reporter.end({ epochsRun: 2, seconds: 4, stoppedEarly: true, cancelled: false, monitor: "val_loss", bestEpoch: 2, bestValue: 0.35, restoredBest: true });
    expect(out.text().split("\n")).toEqual([
      "fraud · training 320 samples · 3 epochs × 10 batches",
      "fraud · epoch 1/3 · loss 0.5000 · acc 0.9000 · val_loss 0.6000 · val_auc 0.9500 · 2.0s · ETA 4.0s",
      "fraud · epoch 2/3 · loss 0.2500 · acc 0.9000 · val_loss 0.3500 · val_auc 0.9500 · 2.0s · ETA 2.0s",
      "fraud · trained 2 epochs in 4.0s · stopped early · best val_loss 0.3500 at epoch 2 (weights restored)",
      "",
    ]);
    expect(out.text()).not.toContain("\r");
  });

  it("redraws a single bar on a terminal, throttled, and ends with a newline", () => {
    const out = fakeStream(true);
    const clock = fakeClock();
    const reporter = createTrainingReporter({ stream: out.stream, now: clock.now });
    reporter.start({ epochs: 2, batchesPerEpoch: 100, samples: 3200 });
    for (let batch = 1; batch <= 100; batch++) {
      clock.advance(10); // 100 batches in 1 s: about 10 redraws at 100 ms
      reporter.batch({ epoch: 1, batch, loss: 1 / batch });
    }
    const redraws = out.chunks.filter((c) => c.startsWith("\r")).length;
    expect(redraws).toBeGreaterThanOrEqual(9);
    expect(redraws).toBeLessThanOrEqual(11);
    expect(out.text()).not.toContain("\n");
    const last = out.chunks.at(-1)!;
    expect(last.startsWith("\r\x1b[2K")).toBe(true);
    expect(last.slice(5)).toMatch(/^\[#{9,10}-{10,11}\] epoch 1\/2 · batch \d+\/100 · loss 0\.0\d+ · ETA 1\.\ds$/);
    reporter.epoch(epochLog(1, 0.2));
    reporter.end({ epochsRun: 1, seconds: 1, stoppedEarly: false, cancelled: true });
    expect(out.text().endsWith("\ncancelled 1 epoch in 1.0s\n")).toBe(true);
  });
});

describe("step progress", () => {
  it("prints a line at every 10% when not on a terminal", () => {
    const out = fakeStream(false);
    const clock = fakeClock();
    const progress = createStepProgress({ label: "generating", total: 1000, unit: "rows", stream: out.stream, now: clock.now });
    for (let i = 0; i < 1000; i++) {
      clock.advance(1);
      progress.tick();
    }
    progress.finish();
    const lines = out.text().trim().split("\n");
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe("generating · [##------------------] 10% · 100/1000 rows · ETA 0.9s · 1000 rows/s");
    expect(lines[9]).toBe("generating · done: 1000 rows in 1.0s");
  });

  it("redraws in place on a terminal and works without a known total", () => {
    const out = fakeStream(true);
    const clock = fakeClock();
    const progress = createStepProgress({ label: "embedding", unit: "texts", stream: out.stream, now: clock.now });
    clock.advance(500);
    progress.update(50, "batch 1");
    expect(out.chunks.at(-1)).toBe("\r\x1b[2Kembedding · 50 texts · 100 texts/s · batch 1");
    progress.finish("embedded 50 texts");
    expect(out.text().endsWith("embedding · embedded 50 texts in 0.5s\n")).toBe(true);
  });
});

describe("formatting", () => {
  it("formats durations, metrics and bars", () => {
    expect(formatDuration(0.42)).toBe("0.4s");
    expect(formatDuration(42.4)).toBe("42s");
    expect(formatDuration(75)).toBe("1m15s");
    expect(formatDuration(3960)).toBe("1h06m");
    expect(formatDuration(Number.NaN)).toBe("?");
    expect(formatMetric(0.123456)).toBe("0.1235");
    expect(formatMetric(0.00001234)).toBe("1.23e-5");
    expect(progressBar(0.5, 10)).toBe("[#####-----]");
    expect(estimateRemaining(10, 0.25)).toBe(30);
  });
});

describe("abortOnSigint", () => {
  it("aborts on the first Ctrl-C and calls onSecond on the second", () => {
    const source = new EventEmitter();
    const calls: string[] = [];
    const sigint = abortOnSigint({ source, onFirst: () => calls.push("first"), onSecond: () => calls.push("second") });
    expect(sigint.signal.aborted).toBe(false);
    source.emit("SIGINT");
    expect(sigint.signal.aborted).toBe(true);
    expect((sigint.signal.reason as Error).message).toBe("interrupted (Ctrl-C)");
    source.emit("SIGINT");
    expect(calls).toEqual(["first", "second"]);
    sigint.dispose();
    expect(source.listenerCount("SIGINT")).toBe(0);
  });
});
