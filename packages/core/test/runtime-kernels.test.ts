// The wasm training kernels must compute what the cpu backend computes (and what the definition of a
// convolution says): gradients of conv2d / conv1d w.r.t. input and filter for strided, padded and dilated
// cases, plus depthwise convolutions, max pooling, gather (UnsortedSegmentSum) and batch norm.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import * as tf from "@tensorflow/tfjs";
import { initBackend } from "../src/runtime/backend/init-backend";
import { createRng } from "../src/runtime/random/rng";
import { maxAbsDiff, referenceConvGradients, convInfo, type ConvCase } from "./runtime-support/conv-reference";

const TOLERANCE = 1e-4;
const rng = createRng(20261124);
const randomValues = (n: number): number[] => Array.from({ length: n }, () => rng.uniform(-1, 1));
const size = (shape: number[]): number => shape.reduce((a, b) => a * b, 1);
// Captured before initBackend replaces it, to compare against.
const stockBatchNormGradient = tf.getGradient("FusedBatchNorm");
const worst = { conv: 0, conv1d: 0, other: 0 };

async function onBackend<T>(name: "wasm" | "cpu", run: () => T): Promise<T> {
  await tf.setBackend(name);
  return run();
}

async function onBoth<T>(run: () => T): Promise<{ wasm: T; cpu: T }> {
  const wasm = await onBackend("wasm", run);
  const cpu = await onBackend("cpu", run);
  await tf.setBackend("wasm");
  return { wasm, cpu };
}

function makeCase(
  xShape: ConvCase["xShape"],
  wShape: ConvCase["wShape"],
  strides: [number, number],
  dilations: [number, number],
  pad: "same" | "valid",
): ConvCase {
  const base = { xShape, wShape, strides, dilations, pad };
  const info = convInfo(base);
  return { ...base, x: randomValues(size(xShape)), w: randomValues(size(wShape)), g: randomValues(size(info.outShape)) };
}

function tfConvGradients(c: ConvCase): { dx: Float32Array; dw: Float32Array } {
  return tf.tidy(() => {
    const g = tf.tensor4d(c.g, convInfo(c).outShape);
    const loss = (x: tf.Tensor, w: tf.Tensor) =>
      tf.sum(tf.mul(tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, c.strides, c.pad, "NHWC", c.dilations), g));
    const [dx, dw] = tf.grads(loss)([tf.tensor4d(c.x, c.xShape), tf.tensor4d(c.w, c.wShape)]);
    return { dx: dx!.dataSync() as Float32Array, dw: dw!.dataSync() as Float32Array };
  });
}

beforeAll(async () => {
  const info = await initBackend({ backend: "wasm" });
  expect(info.name).toBe("wasm");
});

afterAll(() => {
  console.log(
    `max |wasm - reference| over all cases: conv2d ${worst.conv.toExponential(2)}, conv1d ${worst.conv1d.toExponential(2)}, ` +
      `other kernels ${worst.other.toExponential(2)}`,
  );
});

describe("conv2d gradients on wasm", () => {
  const cases: Array<[string, ConvCase]> = [
    ["stride 1, same, 3x3, 3->4 channels", makeCase([2, 7, 7, 3], [3, 3, 3, 4], [1, 1], [1, 1], "same")],
    ["stride 1, valid, 3x2 filter", makeCase([2, 7, 6, 3], [3, 2, 3, 2], [1, 1], [1, 1], "valid")],
    ["stride 1, same, 5x5 filter", makeCase([2, 6, 6, 2], [5, 5, 2, 3], [1, 1], [1, 1], "same")],
    ["stride 2, same, even size", makeCase([2, 8, 8, 2], [3, 3, 2, 3], [2, 2], [1, 1], "same")],
    ["stride 2, same, odd size", makeCase([3, 9, 7, 2], [3, 3, 2, 2], [2, 2], [1, 1], "same")],
    ["stride 2, valid, unread last row/col", makeCase([3, 9, 9, 2], [2, 2, 2, 3], [2, 2], [1, 1], "valid")],
    ["stride (2, 1), same", makeCase([2, 8, 7, 3], [3, 3, 3, 2], [2, 1], [1, 1], "same")],
    ["stride 3, valid, 1 input channel", makeCase([4, 10, 10, 1], [3, 3, 1, 4], [3, 3], [1, 1], "valid")],
    ["dilation 2, same", makeCase([2, 9, 9, 2], [3, 3, 2, 3], [1, 1], [2, 2], "same")],
    ["dilation 2, valid", makeCase([2, 10, 10, 1], [3, 3, 1, 2], [1, 1], [2, 2], "valid")],
    ["dilation (1, 2), same", makeCase([2, 6, 9, 2], [2, 3, 2, 2], [1, 1], [1, 2], "same")],
  ];

  it.each(cases)("%s: equals cpu and the float64 reference within 1e-4", async (_name, c) => {
    const { wasm, cpu } = await onBoth(() => tfConvGradients(c));
    const reference = referenceConvGradients(c);
    const errors = [
      maxAbsDiff(wasm.dx, cpu.dx),
      maxAbsDiff(wasm.dw, cpu.dw),
      maxAbsDiff(wasm.dx, reference.dx),
      maxAbsDiff(wasm.dw, reference.dw),
    ];
    worst.conv = Math.max(worst.conv, ...errors);
    for (const error of errors) expect(error).toBeLessThan(TOLERANCE);
    // The gradients are not trivially zero (a broken kernel returning zeros must fail).
    expect(Math.max(...Array.from(wasm.dw, Math.abs))).toBeGreaterThan(0.1);
  });
});

describe("conv1d gradients on wasm", () => {
  const cases: Array<[string, number[], number[], number, number, "same" | "valid"]> = [
    ["stride 1, same", [2, 20, 3], [3, 3, 4], 1, 1, "same"],
    ["stride 2, valid", [3, 21, 2], [4, 2, 3], 2, 1, "valid"],
    ["dilation 2, same", [2, 24, 3], [3, 3, 2], 1, 2, "same"],
    ["dilation 2, valid", [2, 16, 1], [2, 1, 3], 1, 2, "valid"],
  ];

  it.each(cases)("%s: equals cpu and the reference", async (_name, xShape, wShape, stride, dilation, pad) => {
    const [b, length, inC] = xShape as [number, number, number];
    const [f, , outC] = wShape as [number, number, number];
    const c = makeCase([b, 1, length, inC], [1, f, inC, outC], [1, stride], [1, dilation], pad);
    const run = () =>
      tf.tidy(() => {
        const out = convInfo(c).outShape;
        const g = tf.tensor3d(c.g, [out[0], out[2], out[3]]);
        const loss = (x: tf.Tensor, w: tf.Tensor) =>
          tf.sum(tf.mul(tf.conv1d(x as tf.Tensor3D, w as tf.Tensor3D, stride, pad, "NWC", dilation), g));
        const [dx, dw] = tf.grads(loss)([tf.tensor3d(c.x, [b, length, inC]), tf.tensor3d(c.w, [f, inC, outC])]);
        return { dx: dx!.dataSync(), dw: dw!.dataSync() };
      });
    const { wasm, cpu } = await onBoth(run);
    const reference = referenceConvGradients(c);
    const errors = [
      maxAbsDiff(wasm.dx, cpu.dx),
      maxAbsDiff(wasm.dw, cpu.dw),
      maxAbsDiff(wasm.dx, reference.dx),
      maxAbsDiff(wasm.dw, reference.dw),
    ];
    worst.conv1d = Math.max(worst.conv1d, ...errors);
    for (const error of errors) expect(error).toBeLessThan(TOLERANCE);
  });
});

describe("other training kernels on wasm", () => {
  const compare = async (run: () => Float32Array[]) => {
    const { wasm, cpu } = await onBoth(run);
    expect(wasm.length).toBe(cpu.length);
    wasm.forEach((values, i) => {
      const error = maxAbsDiff(values, cpu[i] as Float32Array);
      worst.other = Math.max(worst.other, error);
      expect(error).toBeLessThan(TOLERANCE);
    });
  };

  it.each([
    ["stride 1, same, multiplier 2", [2, 7, 7, 3], [3, 3, 3, 2], 1, "same"],
    ["stride 2, valid, multiplier 1", [2, 9, 8, 4], [3, 3, 4, 1], 2, "valid"],
  ] as const)("depthwise conv2d gradients (%s)", async (_name, xShape, wShape, stride, pad) => {
    const x = randomValues(size([...xShape]));
    const w = randomValues(size([...wShape]));
    const info = tf.backend_util.computeConv2DInfo([...xShape], [...wShape], stride, 1, pad, undefined, true);
    const g = randomValues(size(info.outShape));
    await compare(() =>
      tf.tidy(() => {
        const gt = tf.tensor4d(g, info.outShape);
        const loss = (a: tf.Tensor, b: tf.Tensor) =>
          tf.sum(tf.mul(tf.depthwiseConv2d(a as tf.Tensor4D, b as tf.Tensor4D, stride, pad), gt));
        const grads = tf.grads(loss)([tf.tensor4d(x, [...xShape]), tf.tensor4d(w, [...wShape])]);
        return grads.map((t) => t.dataSync() as Float32Array);
      }),
    );
  });

  it.each([
    ["2x2 stride 2 valid", 2, 2, "valid"],
    ["3x3 stride 2 same", 3, 2, "same"],
    ["3x3 stride 1 same", 3, 1, "same"],
  ] as const)("max pooling gradient (%s)", async (_name, filter, stride, pad) => {
    const x = randomValues(2 * 9 * 9 * 3);
    await compare(() =>
      tf.tidy(() => {
        const grad = tf.grad((a: tf.Tensor) => tf.sum(tf.square(tf.maxPool(a as tf.Tensor4D, filter, stride, pad))));
        return [grad(tf.tensor4d(x, [2, 9, 9, 3])).dataSync() as Float32Array];
      }),
    );
  });

  it("unsorted segment sum and the gradient of gather (embeddings)", async () => {
    const table = randomValues(10 * 4);
    const ids = [3, 1, 3, 9, 0, 3, 7];
    const g = randomValues(ids.length * 4);
    await compare(() =>
      tf.tidy(() => {
        const direct = tf.unsortedSegmentSum(tf.tensor2d(g, [ids.length, 4]), tf.tensor1d([2, 0, 2, 4, 1, 4, 0], "int32"), 5);
        const loss = (t: tf.Tensor) => tf.sum(tf.mul(tf.gather(t, tf.tensor1d(ids, "int32")), tf.tensor2d(g, [ids.length, 4])));
        return [direct.dataSync() as Float32Array, tf.grad(loss)(tf.tensor2d(table, [10, 4])).dataSync() as Float32Array];
      }),
    );
  });

  it("batch-norm gradient (broadcast instead of tile) equals tfjs's own gradient", () => {
    expect(stockBatchNormGradient).toBeDefined();
    const ours = tf.getGradient("FusedBatchNorm");
    expect(ours).not.toBe(stockBatchNormGradient);
    tf.tidy(() => {
      const x = tf.tensor4d(randomValues(2 * 5 * 5 * 3), [2, 5, 5, 3]);
      const { mean, variance } = tf.moments(x, [0, 1, 2]);
      const scale = tf.tensor1d(randomValues(3));
      const dy = tf.tensor4d(randomValues(2 * 5 * 5 * 3), [2, 5, 5, 3]);
      const saved = [x, mean, variance, scale];
      const attrs = { varianceEpsilon: 1e-3 };
      const expected = stockBatchNormGradient!.gradFunc(dy, saved, attrs);
      const actual = ours!.gradFunc(dy, saved, attrs);
      for (const key of ["x", "mean", "variance", "scale", "offset"]) {
        const error = maxAbsDiff(actual[key]!().dataSync(), expected[key]!().dataSync());
        worst.other = Math.max(worst.other, error);
        expect(error).toBe(0);
      }
    });
  });
});
