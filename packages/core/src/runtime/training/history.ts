// What one training run reports back: per-epoch numbers plus how and why it ended.

export interface EpochLog {
  /** 1-based epoch number. */
  epoch: number;
  /** Mean training loss over the epoch's batches (weighted by batch size). */
  loss: number;
  /** Training metrics compiled into the model (e.g. acc), averaged like the loss. */
  metrics: Record<string, number>;
  /** Validation loss, compiled metrics and custom validation metrics, when there is validation data. */
  validation?: Record<string, number>;
  /** Wall-clock seconds this epoch took, validation included. */
  seconds: number;
}

export interface TrainingHistory {
  epochs: EpochLog[];
  /** Keras-style columns: loss, acc, val_loss, val_auc ... one value per epoch. */
  history: Record<string, number[]>;
  /** Name of the monitored quantity, e.g. "val_loss". */
  monitor: string;
  /** Epoch (1-based) with the best monitored value. */
  bestEpoch: number;
  bestValue: number;
  stoppedEarly: boolean;
  /** Whether the weights of `bestEpoch` were put back at the end. */
  restoredBest: boolean;
  seconds: number;
  seed: number;
}

/** One epoch as flat Keras-style names: { loss, acc, val_loss, val_acc, val_auc }. */
export function flattenEpochLog(log: EpochLog): Record<string, number> {
  const flat: Record<string, number> = { loss: log.loss, ...log.metrics };
  for (const [name, value] of Object.entries(log.validation ?? {})) flat[`val_${name}`] = value;
  return flat;
}
