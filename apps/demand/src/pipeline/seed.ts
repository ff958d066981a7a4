// `seed`: migrate the store and fill it from the trained model: the calendar, every series with its sales and
// prices, the run with its held-out metrics, forecasts with quantiles (ahead of the history, and the backtest of
// the last history days), reconciled totals per hierarchy node, and orders under the default policy.
// Idempotent: existing rows are kept, so a second run adds nothing (a new model version adds its run).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { initBackend } from "@verticals/core";
import type { PipelineContext } from "@verticals/cli";
import { readEnv } from "../env";
import { migrateStore, openStore } from "../store/client";
import { calendarRows, seriesRows } from "../store/demand-data";
import { publishRun } from "../store/publish-run";
import { addCalendarDays, addSeries } from "../store/queries";
import { loadDemandArtifact } from "./artifact";
import { loadDemandData } from "./load-data";
import { runOutputs } from "./run-outputs";
import { modelDir, trainDemand } from "./train-artifact";

const appDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export async function seedDemand(ctx: PipelineContext): Promise<{ rows: number }> {
  await trainDemand(ctx); // reuses the saved model when it is up to date
  await initBackend();
  const artifact = await loadDemandArtifact(modelDir(ctx));
  try {
    const data = await loadDemandData(ctx.dataDir);
    const outputs = runOutputs(artifact, data, readEnv().policy);
    await migrateStore(ctx.databaseUrl, appDir);
    const store = await openStore(ctx.databaseUrl);
    try {
      let rows = 0;
      rows += await addCalendarDays(store, calendarRows(data));
      rows += await addSeries(store, seriesRows(data));
      const published = await publishRun(store, outputs);
      rows += published.rows;
      ctx.log.info(rows > 0 ? `store filled for ${outputs.run.modelVersion}` : `store already holds ${outputs.run.modelVersion}: nothing to add`);
      return { rows };
    } finally {
      await store.$disconnect();
    }
  } finally {
    artifact.forecaster?.model.dispose();
  }
}
