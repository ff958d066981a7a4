// tfjs 4.22 refuses the gradient of a dilated Conv2D ("dilation rates greater than 1 are not yet supported in
// gradients"), so dilated conv1d layers (temporal convolution nets) cannot train on any backend. A dilated
// convolution equals an ordinary one with a zero-stuffed filter, so its gradients are the ordinary backprop
// kernels applied with that filter (input gradient) and subsampled (filter gradient). Non-dilated
// convolutions keep tfjs's own gradient untouched. (Layers' fused conv2d with linear activation has its own
// gradient and still refuses dilation; conv1d and conv2d with a non-linear activation go through this one.)
import * as tf from "@tensorflow/tfjs";
import { VERTICALS_MARK } from "./wasm-kernel-utils";

type Pad = "same" | "valid" | number | [[number, number], [number, number], [number, number], [number, number]];

function pair(value: unknown, what: string): [number, number] {
  if (typeof value === "number") return [value, value];
  if (Array.isArray(value) && value.length === 2) return [Number(value[0]), Number(value[1])];
  throw new Error(`Conv2D gradient: cannot read ${what} ${JSON.stringify(value)}`);
}

/** Inserts (rate - 1) zeros between filter taps along height and width: [fH, fW, c, o] -> [(fH-1)rH+1, (fW-1)rW+1, c, o]. */
export function zeroStuffFilter(filter: tf.Tensor4D, rateHeight: number, rateWidth: number): tf.Tensor4D {
  return tf.tidy(() => {
    const [fH, fW, c, o] = filter.shape;
    let out: tf.Tensor4D = filter;
    if (rateHeight > 1) {
      const spread = tf.pad(out.reshape([fH, 1, fW, c, o]), [[0, 0], [0, rateHeight - 1], [0, 0], [0, 0], [0, 0]]);
      out = spread.reshape([fH * rateHeight, fW, c, o]).slice([0, 0, 0, 0], [(fH - 1) * rateHeight + 1, fW, c, o]) as tf.Tensor4D;
    }
    if (rateWidth > 1) {
      const h = out.shape[0];
      const spread = tf.pad(out.reshape([h, fW, 1, c, o]), [[0, 0], [0, 0], [0, rateWidth - 1], [0, 0], [0, 0]]);
      out = spread.reshape([h, fW * rateWidth, c, o]).slice([0, 0, 0, 0], [h, (fW - 1) * rateWidth + 1, c, o]) as tf.Tensor4D;
    }
    return out;
  });
}

export function registerDilatedConv2DGradient(): void {
  const stock = tf.getGradient("Conv2D");
  if (!stock || (stock as unknown as Record<string, unknown>)[VERTICALS_MARK]) return;
  const gradFunc: tf.GradFunc = (dy, saved, attrs) => {
    const [dh, dw] = pair(attrs.dilations ?? 1, "dilations");
    const channelsLast = attrs.dataFormat === undefined || attrs.dataFormat === "NHWC";
    if ((dh === 1 && dw === 1) || !channelsLast) return stock.gradFunc(dy, saved, attrs);
    const [x, filter] = saved as [tf.Tensor4D, tf.Tensor4D];
    const dy4 = dy as tf.Tensor4D;
    const pad = attrs.pad as Pad;
    const rounding = attrs.dimRoundingMode as "floor" | "round" | "ceil" | undefined;
    const strides = attrs.strides as [number, number] | number;
    return {
      x: () => tf.conv2dTranspose(dy4, zeroStuffFilter(filter, dh, dw), x.shape, strides, pad, rounding),
      filter: () => {
        const [fH, fW, c, o] = filter.shape;
        const stuffedShape = [(fH - 1) * dh + 1, (fW - 1) * dw + 1, c, o];
        const stuffedGrad = tf.engine().runKernel(
          "Conv2DBackpropFilter",
          { x, dy: dy4 },
          { strides, pad, dataFormat: "NHWC", filterShape: stuffedShape, ...(rounding ? { dimRoundingMode: rounding } : {}) },
        ) as tf.Tensor4D;
        return tf.stridedSlice(stuffedGrad, [0, 0, 0, 0], stuffedShape, [dh, dw, 1, 1]);
      },
    };
  };
  tf.registerGradient({
    kernelName: "Conv2D",
    inputsToSave: stock.inputsToSave ?? ["x", "filter"],
    gradFunc,
    [VERTICALS_MARK]: true,
  } as tf.GradConfig);
}
