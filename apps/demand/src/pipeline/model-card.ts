// The model card: what the forecaster is for, the data and its provenance, held-out accuracy against the
// baselines, and the limitations a planner must know before trusting an order.
import type { BackendInfo, ModelCard } from "@verticals/core";
import type { BacktestReport } from "./backtest";
import { BASELINE_LABELS } from "./baselines";
import type { DemandConfig } from "./config";
import type { DemandData } from "./dataset";
import { FEATURE_COUNT } from "./features";
import type { DemandEffects } from "./effects";
import type { Dispersion } from "./intervals";

export const INTENDED_USE =
  "Demonstration of probabilistic demand forecasting for store replenishment: 28-day forecasts with P10/P50/P90 and 95% bands per item x store, " +
  "reconciled totals for category and store planning, and reorder points and order quantities at a chosen service level. A planner reviews the orders; " +
  "nothing is ordered automatically.";

export const LIMITATIONS = [
  "M5 records sales, not demand: days a product was out of stock look like days nobody wanted it, so forecasts inherit past stock-outs.",
  "M5 has no promotion flag: price cuts and calendar events are the only proxies; a promotion without a price change is invisible.",
  "M5 records no stock: order quantities assume an inventory position of one week of recent sales (stated on the order page); use real stock counts in practice.",
  "Bands are negative binomial with a dispersion per demand class, fitted on the last 28 history days; a sudden regime change (new competitor, relaunch) widens real errors beyond them.",
  "Totals are the sums of item x store forecasts (bottom-up reconciliation): they add up by construction; their bands use one dispersion per hierarchy level.",
  "Items launched less than a month before the forecast have too little history and get wide, uncertain forecasts.",
  "What-ifs scale the forecast by one own-price elasticity per category (shrunk toward -1.5 because prices rarely move) and one lift per category and event type, measured on the history: averages, not item-level causal effects, and not back-tested.",
];

export interface CardInputs {
  version: string;
  data: DemandData;
  config: DemandConfig;
  report: BacktestReport;
  dispersion: Dispersion;
  effects: DemandEffects;
  trainRows: number;
  trainSeconds: number;
  epochsRun: number;
  backend: BackendInfo;
}

const pick = (r: BacktestReport["model"]) => ({
  weighted_rmsse: r.weighted_rmsse,
  mean_rmsse: r.mean_rmsse,
  coverage_80: r.coverage_80,
  coverage_95: r.coverage_95,
  pinball: r.pinball,
});

export function buildModelCard({ version, data, config, report, dispersion, effects, trainRows, trainSeconds, epochsRun, backend }: CardInputs): ModelCard {
  const { network } = config;
  const finite = (record: Record<string, number>) => Object.fromEntries(Object.entries(record).filter(([, v]) => Number.isFinite(v)));
  return {
    name: config.gbdt ? "Demand forecaster: neural network + boosted trees for item x store daily sales" : "Demand forecaster: global neural network for item x store daily sales",
    version,
    createdAt: new Date().toISOString(),
    task: `Probabilistic ${config.horizon}-day forecast of daily unit sales per item x store (mean, P2.5/P10/P50/P90/P97.5)`,
    description:
      `One multilayer perceptron (${network.hidden.join("-")} ReLU units, tfjs) for all ${data.series.length} item x store series and every day ahead, ` +
      `trained on ${trainRows.toLocaleString("en-US")} (series, origin, day-ahead) rows from the last ${config.years} years on the negative-binomial likelihood; ` +
      `it outputs each day's expected units and its spread. ` +
      (config.gbdt ? `Its mean is averaged with ${config.gbdt.trees} gradient-boosted trees (Tweedie loss, ${config.gbdt.leaves} leaves) on the same rows. ` : "") +
      `${FEATURE_COUNT} features: recent and last-year sales relative to the series' level, zero share, days since the last sale, days off the shelf, weekday, month, ` +
      `events and SNAP days (prices act through measured elasticities, not as features). Bands: negative binomial with the network's spread rescaled per demand class on the last ${config.horizon} days ` +
      `(typical daily dispersion: smooth ${dispersion.daily.smooth.toFixed(3)}, erratic ${dispersion.daily.erratic.toFixed(3)}, intermittent ${dispersion.daily.intermittent.toFixed(3)}, lumpy ${dispersion.daily.lumpy.toFixed(3)}).`,
    intendedUse: INTENDED_USE,
    limitations: LIMITATIONS,
    data: {
      dataset: "m5",
      provenance: data.provenance,
      rows: { train: trainRows, validation: data.series.length * config.horizon, test: 0 },
      split:
        `Time-ordered: the network is trained on targets up to ${report.firstDate}; the last ${config.horizon} history days ` +
        `(${report.firstDate} to ${report.lastDate}) are held out, forecast from before them, and used for the metrics and to fit the bands ` +
        `(coverage cross-fitted: bands on even days ahead fitted on odd days and vice versa). ` +
        (config.refit ? `The models are then retrained on every history day, held-out days included, to forecast ahead with the bands kept. ` : "") +
        `\`pnpm verticals evaluate demand\` repeats this one horizon earlier.`,
    },
    metrics: finite(pick(report.model)),
    baseline: { name: BASELINE_LABELS.seasonal_naive, metrics: finite(pick(report.baselines.seasonal_naive)) },
    backend,
    trainSeconds,
    hyperparameters: {
      hidden: network.hidden.join("-"),
      epochs: network.epochs,
      epochsRun,
      batchSize: network.batchSize,
      learningRate: network.learningRate,
      schedule: "cosine decay to 5%",
      loss: "negative-binomial likelihood (log link, level offset)",
      trees: config.gbdt ? `${config.gbdt.trees} x ${config.gbdt.leaves} leaves, Tweedie ${config.gbdt.tweediePower}` : "none",
      years: config.years,
      originStep: config.originStep,
      horizonsPerOrigin: config.horizonsPerOrigin,
      horizon: config.horizon,
    },
    seed: config.seed,
    extra: {
      baselines: Object.fromEntries(Object.entries(report.baselines).map(([name, r]) => [name, finite(pick(r))])),
      window: { first: report.firstDate, last: report.lastDate },
      effects: {
        elasticity: effects.elasticity,
        elasticityFit: Object.fromEntries(Object.entries(effects.elasticityFit).map(([c, f]) => [c, { estimate: Number.isFinite(f.estimate) ? f.estimate : null, standardError: Number.isFinite(f.standardError) ? f.standardError : null, rows: f.rows, dataWeight: f.dataWeight }])),
        eventLift: effects.eventLift,
        eventDays: effects.eventDays,
        snapLift: effects.snapLift,
      },
    },
  };
}
