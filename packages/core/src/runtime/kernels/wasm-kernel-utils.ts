// Small helpers for kernels written on top of the wasm backend's own kernels: call a registered kernel
// function directly (no engine bookkeeping, no autograd) and free the intermediates it produced.
import * as tf from "@tensorflow/tfjs";
import type { BackendWasm } from "@tensorflow/tfjs-backend-wasm";

export type TensorInfo = tf.TensorInfo;
export type Shape4 = [number, number, number, number];
export type ExplicitPadding = [[number, number], [number, number], [number, number], [number, number]];

/** Arguments every kernel function receives. */
export interface KernelArgs {
  inputs: tf.NamedTensorInfoMap;
  backend: BackendWasm;
  attrs?: tf.NamedAttrMap;
}

/** Marks the kernels and gradients Verticals registers, so registering twice is a no-op. */
export const VERTICALS_MARK = "verticalsRuntime";

export function callWasmKernel(
  name: string,
  backend: BackendWasm,
  inputs: tf.NamedTensorInfoMap,
  attrs: tf.NamedAttrMap = {},
): TensorInfo {
  const config = tf.getKernel(name, "wasm");
  if (!config) throw new Error(`wasm kernel "${name}" is not registered`);
  const out = config.kernelFunc({ inputs, backend, attrs });
  if (Array.isArray(out)) throw new Error(`wasm kernel "${name}" returned several outputs; expected one`);
  return out;
}

export function disposeInfos(backend: BackendWasm, ...infos: TensorInfo[]): void {
  for (const info of infos) backend.disposeData(info.dataId);
}

export function requireInput(inputs: tf.NamedTensorInfoMap, name: string, kernel: string): TensorInfo {
  const info = inputs[name];
  if (!info) throw new Error(`${kernel}: missing input "${name}"`);
  return info;
}

export function asShape4(shape: number[], what: string): Shape4 {
  if (shape.length !== 4) throw new Error(`${what} must be rank 4, got shape [${shape.join(", ")}]`);
  return shape as Shape4;
}

export function isChannelsLast(dataFormat: unknown): boolean {
  return dataFormat === undefined || dataFormat === "NHWC" || dataFormat === "channelsLast";
}

/**
 * Runs the wasm Conv2D kernel, first checking that it will produce `expected`: XNNPACK writes whatever size its
 * parameters imply, so a shape slip would corrupt the wasm heap instead of failing cleanly.
 */
export function wasmConv2d(
  backend: BackendWasm,
  x: TensorInfo,
  filter: TensorInfo,
  params: { strides: [number, number]; dilations: [number, number]; pad: ExplicitPadding },
  expected: number[],
  kernel: string,
): TensorInfo {
  const info = tf.backend_util.computeConv2DInfo(
    asShape4(x.shape, `${kernel} x`),
    asShape4(filter.shape, `${kernel} filter`),
    params.strides,
    params.dilations,
    params.pad,
  );
  if (info.outShape.join() !== expected.join()) {
    throw new Error(`${kernel}: internal convolution would give [${info.outShape.join(", ")}], expected [${expected.join(", ")}]`);
  }
  return callWasmKernel("Conv2D", backend, { x, filter }, { ...params, dataFormat: "NHWC" });
}
