// Shows a training run: on a terminal, one bar redrawn in place (epoch, batch, latest metrics, ETA); in CI
// and piped logs, one plain line per epoch.
import { flattenEpochLog, type EpochLog } from "../training/history";
import { estimateRemaining, formatDuration, formatMetric, progressBar } from "./format";
import { redrawLine, resolveStream, type ProgressOptions } from "./progress-stream";

export interface TrainingStart {
  epochs: number;
  batchesPerEpoch: number;
  samples: number;
}

export interface TrainingEnd {
  epochsRun: number;
  seconds: number;
  stoppedEarly: boolean;
  cancelled: boolean;
  monitor?: string;
  bestEpoch?: number;
  bestValue?: number;
  restoredBest?: boolean;
}

/** The events trainModel emits; implement it to show progress elsewhere (a dashboard, a job table). */
export interface TrainingReporter {
  start(info: TrainingStart): void;
  batch(info: { epoch: number; batch: number; loss: number }): void;
  epoch(log: EpochLog): void;
  end(info: TrainingEnd): void;
}

export interface TrainingReporterOptions extends ProgressOptions {
  /** Prefix of every line, e.g. the model name. */
  label?: string;
  redrawIntervalMs?: number;
}

function metricsText(values: Record<string, number>): string {
  return Object.entries(values)
    .map(([name, value]) => `${name} ${formatMetric(value)}`)
    .join(" · ");
}

export function createTrainingReporter(options: TrainingReporterOptions = {}): TrainingReporter {
  const { stream, tty, now } = resolveStream(options);
  const prefix = options.label ? `${options.label} · ` : "";
  const redrawEvery = options.redrawIntervalMs ?? 100;
  let plan: TrainingStart = { epochs: 1, batchesPerEpoch: 1, samples: 0 };
  let started = 0;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let latest: Record<string, number> = {};
  let epoch = 0;
  let batch = 0;

  const eta = (batchesDone: number): string => {
    const total = plan.epochs * plan.batchesPerEpoch;
    const remaining = estimateRemaining((now() - started) / 1000, batchesDone / total);
    return batchesDone >= total ? "" : `ETA ${formatDuration(remaining)}`;
  };

  const drawBar = (force: boolean): void => {
    const t = now();
    if (!force && t - lastDraw < redrawEvery) return;
    lastDraw = t;
    const done = (epoch - 1) * plan.batchesPerEpoch + batch;
    const parts = [
      `${prefix}${progressBar(done / (plan.epochs * plan.batchesPerEpoch))} epoch ${epoch}/${plan.epochs}`,
      `batch ${batch}/${plan.batchesPerEpoch}`,
      metricsText(latest),
      eta(done),
    ];
    redrawLine(stream, parts.filter(Boolean).join(" · "));
  };

  return {
    start(info) {
      plan = info;
      started = now();
      if (!tty) stream.write(`${prefix}training ${info.samples} samples · ${info.epochs} epochs × ${info.batchesPerEpoch} batches\n`);
    },
    batch(info) {
      epoch = info.epoch;
      batch = info.batch;
      latest = { ...latest, loss: info.loss };
      if (tty) drawBar(false);
    },
    epoch(log) {
      epoch = log.epoch;
      batch = plan.batchesPerEpoch;
      latest = flattenEpochLog(log);
      if (tty) {
        drawBar(true);
        return;
      }
      const parts = [`${prefix}epoch ${log.epoch}/${plan.epochs}`, metricsText(latest), formatDuration(log.seconds), eta(log.epoch * plan.batchesPerEpoch)];
      stream.write(`${parts.filter(Boolean).join(" · ")}\n`);
    },
    end(info) {
      const parts = [`${prefix}${info.cancelled ? "cancelled" : "trained"} ${info.epochsRun} epoch${info.epochsRun === 1 ? "" : "s"} in ${formatDuration(info.seconds)}`];
      if (info.stoppedEarly) parts.push("stopped early");
      if (info.monitor && info.bestEpoch !== undefined && info.bestValue !== undefined && !info.cancelled) {
        parts.push(`best ${info.monitor} ${formatMetric(info.bestValue)} at epoch ${info.bestEpoch}${info.restoredBest ? " (weights restored)" : ""}`);
      }
      if (tty) {
        drawBar(true);
        stream.write("\n");
      }
      stream.write(`${parts.join(" · ")}\n`);
    },
  };
}
