// Tracks the best value of a monitored quantity and decides when patience has run out.

export type MonitorMode = "min" | "max" | "auto";

export interface EarlyStoppingOptions {
  /** Quantity to watch, Keras-style: "val_loss" (default with validation data), "loss", "val_auc" ... */
  monitor?: string;
  /** Epochs without improvement before stopping. */
  patience: number;
  /** "auto" maximises accuracy-like names (acc, auc, precision, recall, f1, r2) and minimises the rest. */
  mode?: MonitorMode;
  /** Put back the weights of the best epoch when training ends (default true). */
  restoreBest?: boolean;
  /** Smallest change that counts as an improvement (default 0). */
  minDelta?: number;
}

const higherIsBetter = /(^|_)(acc|accuracy|auc|auprc|ap|precision|recall|f1|r2)$/i;

export function resolveMode(monitor: string, mode: MonitorMode = "auto"): "min" | "max" {
  if (mode !== "auto") return mode;
  return higherIsBetter.test(monitor) ? "max" : "min";
}

export class BestTracker {
  readonly mode: "min" | "max";
  bestValue = Number.NaN;
  bestEpoch = 0;
  private waited = 0;

  constructor(
    readonly monitor: string,
    mode: MonitorMode | undefined,
    private readonly minDelta = 0,
  ) {
    this.mode = resolveMode(monitor, mode);
  }

  /** Records an epoch's value; returns true when it is a new best. */
  observe(epoch: number, value: number): boolean {
    const improved =
      Number.isFinite(value) &&
      (Number.isNaN(this.bestValue) ||
        (this.mode === "min" ? value < this.bestValue - this.minDelta : value > this.bestValue + this.minDelta));
    if (improved) {
      this.bestValue = value;
      this.bestEpoch = epoch;
      this.waited = 0;
    } else {
      this.waited += 1;
    }
    return improved;
  }

  exhausted(patience: number): boolean {
    return this.waited >= patience;
  }
}
