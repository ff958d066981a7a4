// Stochastic weight averaging (Izmailov et al. 2018): the running mean of the weights at the end of each epoch of
// the low-learning-rate phase. The average sits in a flatter, better-generalising spot than any single epoch, and
// needs no validation set to pick an epoch. Hooks into core's training loop through its progress reporter.
import { tf, type TrainingReporter } from "@verticals/core";

export interface WeightAverager {
  /** A reporter that forwards to `inner` and adds the model's weights to the average after every epoch. */
  reporter(inner?: TrainingReporter): TrainingReporter;
  /** Epochs averaged so far. */
  readonly count: number;
  /** Puts the averaged weights into the model and frees them. */
  apply(): void;
  dispose(): void;
}

export function weightAverager(model: tf.LayersModel): WeightAverager {
  let average: tf.Tensor[] | null = null;
  let count = 0;
  const add = () => {
    const current = model.getWeights();
    count++;
    if (!average) {
      average = current.map((w) => w.clone());
      return;
    }
    const next = average.map((a, i) => tf.tidy(() => a.add(current[i]!.sub(a).div(count))));
    tf.dispose(average);
    average = next;
  };
  return {
    reporter: (inner) => ({
      start: (info) => inner?.start(info),
      batch: (info) => inner?.batch(info),
      epoch: (log) => {
        add();
        inner?.epoch(log);
      },
      end: (info) => inner?.end(info),
    }),
    get count() {
      return count;
    },
    apply() {
      if (!average) return;
      model.setWeights(average);
      tf.dispose(average);
      average = null;
    },
    dispose() {
      if (average) tf.dispose(average);
      average = null;
    },
  };
}
