// Conv2DBackpropFilter for the wasm backend, which ships without it (so no CNN could train on wasm).
// The filter gradient is itself a convolution: correlate the input with the output gradient, with batch
// and channels swapped. With x transposed to [inC, H, W, batch] and dy to [outH, outW, batch, outC], one
// wasm (XNNPACK) Conv2D whose stride is the forward dilation (1) and whose dilation is the forward stride
// yields [inC, fH, fW, outC]:
//   dW[i, j, c, o] = sum_{b, y, x} xPadded[b, y*sH + i, x*sW + j, c] * dy[b, y, x, o]
// (Conv3DBackpropFilterV2 is not a substitute: it is wrong for strides > 1.)
import * as tf from "@tensorflow/tfjs";
import {
  asShape4,
  callWasmKernel,
  disposeInfos,
  isChannelsLast,
  requireInput,
  type ExplicitPadding,
  type KernelArgs,
  type TensorInfo,
  wasmConv2d,
} from "./wasm-kernel-utils";

type PadAttr = "same" | "valid" | number | ExplicitPadding;
type RoundingAttr = "floor" | "round" | "ceil" | undefined;

export function conv2dBackpropFilterWasm({ inputs, backend, attrs = {} }: KernelArgs): TensorInfo {
  const kernel = "Conv2DBackpropFilter (wasm)";
  const x = requireInput(inputs, "x", kernel);
  const dy = requireInput(inputs, "dy", kernel);
  if (!isChannelsLast(attrs.dataFormat)) throw new Error(`${kernel}: only NHWC is supported, got ${String(attrs.dataFormat)}`);
  const filterShape = asShape4(attrs.filterShape as number[], `${kernel} filterShape`);
  const info = tf.backend_util.computeConv2DInfo(
    asShape4(x.shape, `${kernel} x`),
    filterShape,
    attrs.strides as number | [number, number],
    1,
    attrs.pad as PadAttr,
    attrs.dimRoundingMode as RoundingAttr,
  );
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, strideHeight, strideWidth } = info;
  const { filterHeight, filterWidth } = info;
  const { top, left } = info.padInfo;

  // Rows/columns past the last one any output position reads contribute nothing; drop them so the
  // transposed convolution has exactly filterHeight x filterWidth outputs with non-negative padding.
  const lastRow = filterHeight - 1 + (outHeight - 1) * strideHeight - top;
  const lastCol = filterWidth - 1 + (outWidth - 1) * strideWidth - left;
  const usedHeight = Math.min(inHeight, lastRow + 1);
  const usedWidth = Math.min(inWidth, lastCol + 1);
  const temps: TensorInfo[] = [];
  const keep = (info: TensorInfo): TensorInfo => (temps.push(info), info);
  try {
    const trimmed =
      usedHeight < inHeight || usedWidth < inWidth
        ? keep(callWasmKernel("Slice", backend, { x }, { begin: [0, 0, 0, 0], size: [batchSize, usedHeight, usedWidth, inChannels] }))
        : x;
    const xT = keep(callWasmKernel("Transpose", backend, { x: trimmed }, { perm: [3, 1, 2, 0] }));
    const dyT = keep(callWasmKernel("Transpose", backend, { x: dy }, { perm: [1, 2, 0, 3] }));
    const pad: ExplicitPadding = [
      [0, 0],
      [top, lastRow + 1 - usedHeight],
      [left, lastCol + 1 - usedWidth],
      [0, 0],
    ];
    const gradT = keep(
      wasmConv2d(
        backend,
        xT,
        dyT,
        { strides: [1, 1], dilations: [strideHeight, strideWidth], pad },
        [inChannels, filterHeight, filterWidth, filterShape[3]],
        kernel,
      ),
    );
    return callWasmKernel("Transpose", backend, { x: gradT }, { perm: [1, 2, 0, 3] });
  } finally {
    disposeInfos(backend, ...temps);
  }
}
