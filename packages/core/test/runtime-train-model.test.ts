// The training loop: bit-for-bit reproducible from a seed, early stopping that restores the best weights,
// class and sample weights that really weight the loss, JS validation metrics, cancellation, clear errors.
import { beforeAll, describe, expect, it } from "@jest/globals";
import * as tf from "@tensorflow/tfjs";
import { initBackend } from "../src/runtime/backend/init-backend";
import type { TrainingReporter } from "../src/runtime/progress/training-reporter";
import { createRng } from "../src/runtime/random/rng";
import { seedModelWeights } from "../src/runtime/random/seed-layers";
import { isTrainingCancelled, TrainingCancelledError } from "../src/runtime/training/cancellation";
import type { EpochLog } from "../src/runtime/training/history";
import { trainModel } from "../src/runtime/training/train-model";

let data: ReturnType<typeof tabular>;
beforeAll(async () => {
  expect((await initBackend({ backend: "wasm" })).name).toBe("wasm");
  data = tabular(400, 1);
});

// Imbalanced tabular task (~20% positives): y = 1 when a noisy linear score is high.
function tabular(rows: number, seed: number) {
  const rng = createRng(seed);
  const features = 6;
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < rows; i++) {
    const row = Array.from({ length: features }, () => rng.normal());
    x.push(row);
    y.push(row[0]! + 0.8 * row[1]! - 0.5 * row[2]! + 0.5 * rng.normal() > 1.1 ? 1 : 0);
  }
  return { x: tf.tensor2d(x), y: tf.tensor2d(y, [rows, 1]), labels: y };
}

function mlp(seed = 1): tf.LayersModel {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [6], units: 16, activation: "relu" }));
  model.add(tf.layers.dropout({ rate: 0.2 }));
  model.add(tf.layers.dense({ units: 1, activation: "sigmoid" }));
  model.compile({ optimizer: tf.train.adam(0.01), loss: "binaryCrossentropy", metrics: ["accuracy"] });
  seedModelWeights(model, seed);
  return model;
}

const weightsOf = (model: tf.LayersModel): Float32Array[] => model.getWeights().map((w) => w.dataSync() as Float32Array);

function rocAuc(yTrue: Float32Array, yPred: Float32Array): number {
  let positives = 0;
  let concordant = 0;
  for (let i = 0; i < yTrue.length; i++) {
    if (yTrue[i] !== 1) continue;
    positives += 1;
    for (let j = 0; j < yTrue.length; j++) {
      if (yTrue[j] !== 0) continue;
      concordant += yPred[i]! > yPred[j]! ? 1 : yPred[i] === yPred[j] ? 0.5 : 0;
    }
  }
  const negatives = yTrue.length - positives;
  return concordant / (positives * negatives);
}

function recorder(onEpoch?: (log: EpochLog) => void, onBatch?: (epoch: number, batch: number) => void) {
  const events: string[] = [];
  const reporter: TrainingReporter = {
    start: (info) => events.push(`start ${info.samples}x${info.epochs}x${info.batchesPerEpoch}`),
    batch: (info) => {
      onBatch?.(info.epoch, info.batch);
    },
    epoch: (log) => {
      events.push(`epoch ${log.epoch}`);
      onEpoch?.(log);
    },
    end: (info) => events.push(`end ${info.cancelled ? "cancelled" : "done"} ${info.epochsRun}`),
  };
  return { reporter, events };
}

describe("seeding", () => {
  it("seedModelWeights gives identically built models identical weights, and other seeds other weights", () => {
    const a = weightsOf(mlp(5));
    const b = weightsOf(mlp(5));
    const c = weightsOf(mlp(6));
    expect(b).toEqual(a);
    expect(c[0]).not.toEqual(a[0]);
    // Biases keep their zeros initializer.
    expect(Array.from(a[1]!)).toEqual(new Array(16).fill(0));
  });

  it("two runs with the same seed give bit-identical weights (dropout included); another seed does not", async () => {
    const run = async (seed: number) => {
      const model = mlp(3);
      await trainModel(model, { x: data.x, y: data.y, epochs: 3, batchSize: 32, seed });
      return weightsOf(model);
    };
    const first = await run(11);
    const second = await run(11);
    expect(second).toEqual(first);
    expect(await run(12)).not.toEqual(first);
  });
});

describe("early stopping", () => {
  it("stops when the monitored metric stops improving and restores the best epoch's weights", async () => {
    // A scripted validation metric makes the best epoch known in advance: epoch 2.
    const script = [0.5, 0.7, 0.6, 0.65, 0.9, 0.95];
    let calls = 0;
    const snapshots: Float32Array[][] = [];
    const model = mlp();
    const { reporter, events } = recorder(() => snapshots.push(weightsOf(model)));
    const history = await trainModel(model, {
      x: data.x,
      y: data.y,
      validation: { split: 0.25 },
      epochs: 6,
      batchSize: 32,
      seed: 1,
      validationMetrics: { scripted: () => script[calls++]! },
      earlyStopping: { monitor: "val_scripted", mode: "max", patience: 2 },
      progress: reporter,
    });
    expect(history.epochs).toHaveLength(4);
    expect(history).toMatchObject({ monitor: "val_scripted", bestEpoch: 2, bestValue: 0.7, stoppedEarly: true, restoredBest: true });
    expect(history.history.val_scripted).toEqual([0.5, 0.7, 0.6, 0.65]);
    expect(weightsOf(model)).toEqual(snapshots[1]);
    expect(weightsOf(model)).not.toEqual(snapshots[3]);
    expect(events).toEqual(["start 300x6x10", "epoch 1", "epoch 2", "epoch 3", "epoch 4", "end done 4"]);
    // Nothing leaks: validation split slices and weight snapshots are freed (the optimizer state now exists).
    const tensors = tf.memory().numTensors;
    calls = 0;
    await trainModel(model, {
      x: data.x,
      y: data.y,
      validation: { split: 0.25 },
      epochs: 6,
      batchSize: 32,
      seed: 1,
      validationMetrics: { scripted: () => script[calls++]! },
      earlyStopping: { monitor: "val_scripted", mode: "max", patience: 2 },
      classWeight: { 0: 1, 1: 2 },
    });
    expect(tf.memory().numTensors).toBe(tensors);
  });

  it("monitors val_loss by default and reports compiled and JS validation metrics", async () => {
    const valData = tabular(200, 2);
    const model = mlp();
    const history = await trainModel(model, {
      x: data.x,
      y: data.y,
      validation: { x: valData.x, y: valData.y },
      epochs: 4,
      batchSize: 32,
      seed: 1,
      validationMetrics: { auc: rocAuc },
      earlyStopping: { patience: 10 },
    });
    expect(history.monitor).toBe("val_loss");
    expect(Object.keys(history.history).sort()).toEqual(["acc", "loss", "val_acc", "val_auc", "val_loss"]);
    const auc = history.history.val_auc!;
    expect(auc[auc.length - 1]).toBeGreaterThan(0.85);
    expect(history.stoppedEarly).toBe(false);
    // The best epoch's val_loss is the minimum.
    expect(history.bestValue).toBe(Math.min(...history.history.val_loss!));
    tf.dispose([valData.x, valData.y]);
  });
});

describe("weights", () => {
  const meanPrediction = (model: tf.LayersModel) => tf.tidy(() => (model.predict(data.x) as tf.Tensor).mean().dataSync()[0]!);

  it("class weights change the result: positives weighted up raise the predicted positive rate", async () => {
    const plain = mlp();
    await trainModel(plain, { x: data.x, y: data.y, epochs: 4, batchSize: 32, seed: 1 });
    const weighted = mlp();
    await trainModel(weighted, { x: data.x, y: data.y, epochs: 4, batchSize: 32, seed: 1, classWeight: { 0: 1, 1: 4 } });
    expect(weightsOf(weighted)).not.toEqual(weightsOf(plain));
    expect(meanPrediction(weighted)).toBeGreaterThan(meanPrediction(plain) + 0.05);
  });

  it("sample weights multiply the loss exactly as equal class weights do; unit weights change nothing", async () => {
    const train = async (extra: object) => {
      const model = mlp();
      await trainModel(model, { x: data.x, y: data.y, epochs: 2, batchSize: 32, seed: 1, ...extra });
      return weightsOf(model);
    };
    const rows = data.labels.length;
    expect(await train({ sampleWeight: new Array(rows).fill(2) })).toEqual(await train({ classWeight: { 0: 2, 1: 2 } }));
    expect(await train({ sampleWeight: new Array(rows).fill(1) })).toEqual(await train({}));
  });
});

describe("cancellation", () => {
  it("stops after the current batch with a TrainingCancelledError and can train again afterwards", async () => {
    const controller = new AbortController();
    const model = mlp();
    const { reporter, events } = recorder(undefined, (epoch, batch) => {
      if (epoch === 2 && batch === 3) controller.abort(new Error("user pressed Ctrl-C"));
    });
    const error = await trainModel(model, { x: data.x, y: data.y, epochs: 5, batchSize: 32, seed: 1, signal: controller.signal, progress: reporter }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TrainingCancelledError);
    expect(isTrainingCancelled(error)).toBe(true);
    expect(error).toMatchObject({ epoch: 2, batch: 3 });
    expect((error as Error).message).toBe("Training cancelled after epoch 2, batch 3 (user pressed Ctrl-C); nothing was saved");
    expect(events.at(-1)).toBe("end cancelled 1");
    await expect(trainModel(model, { x: data.x, y: data.y, epochs: 1, batchSize: 64, seed: 1 })).resolves.toBeDefined();
  });

  it("does not start when the signal is already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(trainModel(mlp(), { x: data.x, y: data.y, epochs: 1, batchSize: 32, seed: 1, signal: controller.signal })).rejects.toMatchObject({
      epoch: 0,
      batch: 0,
    });
  });
});

describe("errors", () => {
  it("explains what is wrong", async () => {
    const base = { x: data.x, y: data.y, epochs: 1, batchSize: 32, seed: 1 };
    const uncompiled = tf.sequential({ layers: [tf.layers.dense({ inputShape: [6], units: 1 })] });
    await expect(trainModel(uncompiled, base)).rejects.toThrow("compile the model");
    const noisy = tf.sequential({ layers: [tf.layers.gaussianNoise({ inputShape: [6], stddev: 0.1 }), tf.layers.dense({ units: 1 })] });
    noisy.compile({ optimizer: "sgd", loss: "meanSquaredError" });
    await expect(trainModel(noisy, base)).rejects.toThrow(/cannot seed.*GaussianNoise/);
    await expect(trainModel(mlp(), { ...base, earlyStopping: { monitor: "val_auc", patience: 1 } })).rejects.toThrow(
      'monitor "val_auc" is not reported; it needs validation data; available: loss, acc',
    );
    await expect(trainModel(mlp(), { ...base, earlyStopping: { monitor: "auc", patience: 1 } })).rejects.toThrow(
      'monitor "auc" is not reported; available: loss, acc',
    );
    await expect(trainModel(mlp(), { ...base, classWeight: { 0: 1 } })).rejects.toThrow("classWeight has no entry for class 1");
    await expect(trainModel(mlp(), { ...base, sampleWeight: [1, 2] })).rejects.toThrow("sampleWeight has 2 values but y has 400 rows");
    await expect(trainModel(mlp(), { ...base, y: data.y.slice([0], [10]) })).rejects.toThrow("input 0 has 400 rows but y has 10");
    const withNaN = tf.concat([data.x, tf.tensor2d([[0, 1, 2, Number.NaN, 4, 5]])]);
    const yLonger = tf.concat([data.y, tf.zeros([1, 1])]);
    await expect(trainModel(mlp(), { ...base, x: withNaN, y: yLonger })).rejects.toThrow(
      "trainModel x: row 400, column 3 is NaN; expected finite numbers (impute or drop it first)",
    );
    tf.dispose([withNaN, yLonger]);
    const exploding = tf.sequential({ layers: [tf.layers.dense({ inputShape: [6], units: 1 })] });
    exploding.compile({ optimizer: tf.train.sgd(1e12), loss: "meanSquaredError" });
    await expect(trainModel(exploding, { ...base, epochs: 5 })).rejects.toThrow(/^Training diverged: loss is (NaN|Infinity) at epoch \d+, batch \d+/);
  });
});
