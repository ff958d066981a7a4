// Adds the kernels the stock wasm backend lacks for training, and faster versions of two slow ones
// (MaxPoolGrad; Conv2DBackpropInput for stride 1).
// Called by initBackend() when the backend is wasm; safe to call again.
import * as tf from "@tensorflow/tfjs";
import { conv2dBackpropFilterWasm } from "./conv2d-backprop-filter";
import { conv2dBackpropInputStride1Wasm } from "./conv2d-backprop-input";
import { depthwiseConv2dBackpropFilterWasm, depthwiseConv2dBackpropInputWasm } from "./depthwise-conv2d-backprop";
import { maxPoolGradWasm } from "./max-pool-grad";
import { unsortedSegmentSumWasm } from "./unsorted-segment-sum";
import { VERTICALS_MARK, type KernelArgs, type TensorInfo } from "./wasm-kernel-utils";

type WasmKernel = (args: KernelArgs) => TensorInfo;

/** Kernels the stock wasm backend does not have at all. */
const missingKernels: Record<string, WasmKernel> = {
  Conv2DBackpropFilter: conv2dBackpropFilterWasm,
  DepthwiseConv2dNativeBackpropFilter: depthwiseConv2dBackpropFilterWasm,
  DepthwiseConv2dNativeBackpropInput: depthwiseConv2dBackpropInputWasm,
  UnsortedSegmentSum: unsortedSegmentSumWasm,
};

function isOurs(config: tf.KernelConfig | undefined): boolean {
  return Boolean(config && (config as unknown as Record<string, unknown>)[VERTICALS_MARK]);
}

function register(kernelName: string, kernelFunc: WasmKernel): void {
  const existing = tf.getKernel(kernelName, "wasm");
  if (existing) tf.unregisterKernel(kernelName, "wasm");
  tf.registerKernel({
    kernelName,
    backendName: "wasm",
    kernelFunc: kernelFunc as unknown as tf.KernelFunc,
    [VERTICALS_MARK]: true,
  } as tf.KernelConfig);
}

/** Stock wasm kernels replaced by faster ones computing the same values. */
const fasterKernels: Record<string, WasmKernel> = {
  MaxPoolGrad: maxPoolGradWasm,
};

/** Registers the kernels (once) and returns the names of the kernels Verticals provides on wasm. */
export function registerWasmTrainingKernels(): string[] {
  for (const [name, kernel] of Object.entries(missingKernels)) {
    if (!isOurs(tf.getKernel(name, "wasm"))) register(name, kernel);
  }
  for (const [name, kernel] of Object.entries(fasterKernels)) {
    if (!isOurs(tf.getKernel(name, "wasm"))) register(name, kernel);
  }
  const stockInput = tf.getKernel("Conv2DBackpropInput", "wasm");
  if (stockInput && !isOurs(stockInput)) {
    const stock = stockInput.kernelFunc as unknown as WasmKernel;
    register("Conv2DBackpropInput", (args) => conv2dBackpropInputStride1Wasm(args) ?? stock(args));
  }
  return [...Object.keys(missingKernels), ...Object.keys(fasterKernels), "Conv2DBackpropInput"];
}
