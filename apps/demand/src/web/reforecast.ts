// Forecast again from the end of the stored history (after an upload added days), with the saved network:
// a new run whose backtest covers the uploaded days, so the dashboard shows how the forecast did on them.
import { runOutputs } from "../pipeline/run-outputs";
import { publishRun } from "../store/publish-run";
import { env, getModel, getStore } from "./context";
import type { RunView } from "./run-view";
import { storeData } from "./store-data";

export class ConflictError extends Error {}

export async function reforecast(run: RunView): Promise<{ runId: number; originDay: number; forecastStart: string }> {
  const data = await storeData(run);
  if (data.days === run.originDay) throw new ConflictError(`the latest forecast already starts after the last stored day d_${data.days}: upload new sales days first`);
  if (data.calendar.length < data.days + run.horizon) {
    throw new ConflictError(
      `the calendar ends at d_${data.calendar.length} (${data.calendar.date[data.calendar.length - 1]}): a ${run.horizon}-day forecast after d_${data.days} needs dates, events and prices up to d_${data.days + run.horizon}`,
    );
  }
  const artifact = await getModel();
  const outputs = runOutputs(artifact, data, env().policy);
  const { runId } = await publishRun(await getStore(), outputs);
  return { runId, originDay: data.days, forecastStart: data.calendar.date[data.days]! };
}
