// Everything that shapes the trained model, in one place (it is part of the model's fingerprint).
import type { GbdtConfig } from "./gbdt";
import type { NetworkConfig } from "./model";

export interface DemandConfig {
  horizon: number;
  network: Omit<NetworkConfig, "seed">;
  /** Training origins: the last `years` of history, one every `originStep` days, `horizonsPerOrigin` random days ahead each. */
  years: number;
  originStep: number;
  horizonsPerOrigin: number;
  /** Gradient-boosted trees averaged with the network's mean (null: the network alone). */
  gbdt: Omit<GbdtConfig, "seed"> | null;
  /**
   * Train a second time on every day before forecasting (the research recipe's refit at the origin). Off: the
   * models calibrated on the last 28 days also forecast, which halves the training time (see the README).
   */
  refit: boolean;
  seed: number;
}

export function demandConfig(seed: number): DemandConfig {
  return {
    horizon: 28,
    network: { hidden: [128, 64], epochs: 3, batchSize: 512, learningRate: 2e-3 },
    years: 3,
    originStep: 2,
    horizonsPerOrigin: 3,
    gbdt: { trees: 200, learningRate: 0.08, leaves: 63, minRowsInLeaf: 100, lambda: 1, featureFraction: 0.8, baggingFraction: 0.5, tweediePower: 1.2, maxBins: 63 },
    refit: false,
    seed,
  };
}
