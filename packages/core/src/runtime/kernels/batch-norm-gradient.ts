// The stock FusedBatchNorm gradient materialises the per-channel scale over the whole input with tf.tile
// before multiplying; on wasm that tile alone costs more than a convolution. Broadcasting gives the same
// numbers (the same products in the same order) without the copy. Everything else follows tfjs's gradient.
import * as tf from "@tensorflow/tfjs";
import { VERTICALS_MARK } from "./wasm-kernel-utils";

function reductionAxes(meanShape: number[], xShape: number[]): number[] {
  return tf.backend_util.getReductionAxes(meanShape, xShape);
}

export function registerBatchNormGradient(): void {
  const stock = tf.getGradient("FusedBatchNorm");
  if (!stock || (stock as unknown as Record<string, unknown>)[VERTICALS_MARK]) return;
  const gradFunc: tf.GradFunc = (dyIn, saved, attrs) => {
    const dy = dyIn as tf.Tensor;
    const [x, mean, variance, scale] = saved as [tf.Tensor, tf.Tensor, tf.Tensor, tf.Tensor | undefined];
    const epsilon = attrs.varianceEpsilon as number;
    const scaleValue = scale ?? tf.scalar(1);
    const axes = reductionAxes(mean.shape, x.shape);
    const perChannel = mean.rank === 1;
    const reduce = (t: tf.Tensor): tf.Tensor => tf.reshape(perChannel ? tf.sum(t, axes) : t, mean.shape);
    const xMinusMean = tf.sub(x, mean);
    const dyTimesScale = tf.mul(dy, scaleValue);
    const oneOverSqrtVariance = tf.rsqrt(tf.add(variance, tf.scalar(epsilon)));
    const minusHalfRCube = tf.mul(tf.mul(tf.mul(oneOverSqrtVariance, oneOverSqrtVariance), oneOverSqrtVariance), tf.scalar(-0.5));
    return {
      x: () => tf.reshape(tf.mul(tf.mul(dy, oneOverSqrtVariance), scaleValue), x.shape),
      mean: () => reduce(tf.mul(tf.mul(oneOverSqrtVariance, tf.scalar(-1)), dyTimesScale)),
      variance: () => reduce(tf.mul(tf.mul(minusHalfRCube, xMinusMean), dyTimesScale)),
      scale: () => reduce(tf.mul(dy, tf.mul(xMinusMean, oneOverSqrtVariance))),
      offset: () => reduce(dy),
    };
  };
  tf.registerGradient({
    kernelName: "FusedBatchNorm",
    inputsToSave: stock.inputsToSave ?? ["x", "mean", "variance", "scale"],
    gradFunc,
    [VERTICALS_MARK]: true,
  } as tf.GradConfig);
}
