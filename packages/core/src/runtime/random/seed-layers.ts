// tfjs initializers and dropout draw from unseeded generators unless told otherwise, so two runs of the same
// script give different models. These helpers give every weight and every dropout layer a seed derived from
// one run seed, so a model (and its training) replays bit-for-bit.
import * as tf from "@tensorflow/tfjs";
import { createRng, type Rng } from "./rng";

type AnyLayer = tf.layers.Layer;

// Weight name (the part after the last "/") -> the layer property holding its initializer.
const initializerProperty: Record<string, string> = {
  kernel: "kernelInitializer",
  bias: "biasInitializer",
  gamma: "gammaInitializer",
  beta: "betaInitializer",
  moving_mean: "movingMeanInitializer",
  moving_variance: "movingVarianceInitializer",
  depthwise_kernel: "depthwiseInitializer",
  pointwise_kernel: "pointwiseInitializer",
  recurrent_kernel: "recurrentInitializer",
  embeddings: "embeddingsInitializer",
  alpha: "alphaInitializer",
};

interface SeedableInitializer {
  apply(shape: number[], dtype?: tf.DataType): tf.Tensor;
  seed?: number | null;
}

/** Every leaf layer, descending into nested models (a Sequential used as a layer has its own layers). */
export function leafLayers(model: tf.LayersModel | AnyLayer): AnyLayer[] {
  const nested = (model as { layers?: AnyLayer[] }).layers;
  if (!Array.isArray(nested)) return [model as AnyLayer];
  return nested.flatMap((layer) => leafLayers(layer));
}

/**
 * Re-initialises every weight of `model` with its own layer's initializer (glorot, he, zeros...), each seeded
 * from `seed` in a fixed order. Call it after building the model and before training.
 */
export function seedModelWeights(model: tf.LayersModel, seed: number | string): void {
  const rng = createRng(seed);
  for (const layer of leafLayers(model)) {
    for (const weight of layer.weights) {
      const shortName = weight.originalName.split("/").pop() ?? weight.originalName;
      const property = initializerProperty[shortName];
      const initializer = property
        ? ((layer as unknown as Record<string, unknown>)[property] as SeedableInitializer | undefined)
        : undefined;
      if (!initializer || typeof initializer.apply !== "function") {
        throw new Error(
          `seedModelWeights: no initializer found for weight "${weight.originalName}" of layer "${layer.name}" ` +
            `(${layer.getClassName()}); known weights: ${Object.keys(initializerProperty).join(", ")}`,
        );
      }
      const weightSeed = rng.nextUint32();
      const hadSeed = "seed" in initializer;
      const previous = initializer.seed;
      // Initializers read `this.seed` on every apply(); lend them ours for this one call.
      if (hadSeed) initializer.seed = weightSeed;
      try {
        const values = tf.tidy(() => initializer.apply(weight.shape as number[], weight.dtype));
        weight.write(values);
        values.dispose();
      } finally {
        if (hadSeed) initializer.seed = previous;
      }
    }
  }
}

const dropoutClasses = new Set(["Dropout", "SpatialDropout1D"]);
// These draw noise without any seed argument in tfjs 4.22, so no run using them can be reproduced.
const unseedableClasses = new Set(["GaussianNoise", "GaussianDropout", "AlphaDropout"]);

/** Throws when the model holds a layer whose randomness tfjs cannot seed. */
export function assertSeedable(model: tf.LayersModel): void {
  const bad = leafLayers(model).filter((layer) => unseedableClasses.has(layer.getClassName()));
  if (bad.length > 0) {
    const names = bad.map((layer) => `${layer.name} (${layer.getClassName()})`).join(", ");
    throw new Error(
      `Model has layers whose noise tfjs cannot seed, so training would not be reproducible: ${names}. ` +
        `Use Dropout instead.`,
    );
  }
}

/**
 * Gives every dropout layer a fresh seed from `rng`. tfjs re-creates the dropout mask from the layer's seed
 * on every call, so a fixed seed would drop the same units in every batch; the training loop calls this
 * before each batch instead.
 */
export function reseedDropout(model: tf.LayersModel, rng: Rng): void {
  for (const layer of leafLayers(model)) {
    if (dropoutClasses.has(layer.getClassName())) (layer as unknown as { seed?: number }).seed = rng.nextUint32();
  }
}
