// `pnpm verticals evaluate __NAME__ --data-dir DIR`: trains on DIR's CSV, scores its held-out test rows and
// returns every figure as one JSON-ready object (the CLI prints it as the last stdout line). It measures the
// data it is pointed at: a folder without the CSV is an error, never silently synthetic.
import type { PipelineContext } from "@verticals/cli";
import { BASELINE_NAME } from "./card";
import { trainConfig } from "./config";
import { loadDataset } from "./dataset";
import { backendLabel } from "./backend-label";
import { fitVertical } from "./fit";
import { readDataProvenance } from "./provenance";

export async function evaluateVertical(ctx: PipelineContext): Promise<Record<string, unknown>> {
  const [data, provenance] = await Promise.all([loadDataset(ctx.dataDir), readDataProvenance(ctx.dataDir)]);
  const config = trainConfig();
  const fit = await fitVertical(data, config, ctx.seed, ctx.signal);
  fit.model.dispose();
  return {
    app: "__NAME__",
    data: { kind: provenance.kind, name: provenance.name, file: data.file, rows: data.rows },
    split: "test",
    rows: { train: fit.split.train.length, validation: fit.split.validation.length, test: fit.split.test.length },
    threshold: config.threshold,
    ...fit.metrics,
    baseline: { name: BASELINE_NAME, ...fit.baselineMetrics },
    epochs: fit.epochs,
    seed: ctx.seed,
    train_seconds: Number(fit.trainSeconds.toFixed(2)),
    backend: backendLabel(fit.backend),
  };
}
