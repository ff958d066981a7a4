// Runs a what-if for the API: the saved network on the store's data, at the latest run's forecast origin.
import { z } from "zod";
import { EVENT_TYPES } from "../pipeline/dataset";
import type { OrderPolicy } from "../pipeline/orders";
import { runWhatIf, type WhatIfResult } from "../pipeline/what-if";
import { BadRequestError } from "./policy-params";
import { getModel } from "./context";
import type { RunView } from "./run-view";
import { storeData } from "./store-data";

export const whatIfRequestSchema = z.object({
  /** Series id; with allStores, every store's series of the same item. */
  seriesId: z.string().min(1),
  allStores: z.boolean().default(false),
  /** Price change in percent, e.g. -20 for a 20% cut; 0 or absent for none. */
  pricePercent: z.number().min(-90).max(200).optional(),
  priceFromDay: z.number().int().min(1).optional(),
  priceToDay: z.number().int().min(1).optional(),
  eventType: z.enum(EVENT_TYPES.filter((t) => t !== "") as ["Cultural", "National", "Religious", "Sporting"]).optional(),
  eventDay: z.number().int().min(1).optional(),
  /** Make this day ahead a SNAP day. */
  snapDay: z.number().int().min(1).optional(),
  /** The order policy to compare under (each defaults to the app's). */
  serviceLevel: z.number().optional(),
  leadTime: z.number().optional(),
  review: z.number().optional(),
}).strict();
export type WhatIfRequest = z.infer<typeof whatIfRequestSchema>;

export function parseWhatIfRequest(body: unknown): WhatIfRequest {
  const parsed = whatIfRequestSchema.safeParse(body);
  if (!parsed.success) {
    throw new BadRequestError(parsed.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; "));
  }
  return parsed.data;
}

/** True when the data alone do not pin the elasticity down (wrong sign, or within two standard errors of 0). */
function leansOnPrior(fit: { estimate: number; standardError: number } | undefined): boolean {
  return !fit || !Number.isFinite(fit.estimate) || fit.estimate >= 0 || Math.abs(fit.estimate) < 2 * fit.standardError;
}

export async function whatIf(run: RunView, request: WhatIfRequest, policy: OrderPolicy): Promise<WhatIfResult & { seriesIds: string[]; category: string; elasticity: number; elasticityLeansOnPrior: boolean; eventLift: number | null; history: { x: string; y: number }[] }> {
  const data = await storeData(run);
  const index = data.series.findIndex((s) => s.id === request.seriesId);
  if (index < 0) throw new BadRequestError(`seriesId: unknown series ${JSON.stringify(request.seriesId)}`);
  const item = data.series[index]!.itemId;
  const series = request.allStores ? data.series.flatMap((s, i) => (s.itemId === item ? [i] : [])) : [index];
  const horizon = run.horizon;
  const price =
    request.pricePercent !== undefined && request.pricePercent !== 0
      ? { factor: 1 + request.pricePercent / 100, fromDay: request.priceFromDay ?? 1, toDay: request.priceToDay ?? horizon }
      : undefined;
  const event = request.eventType ? { type: request.eventType, day: request.eventDay ?? 1 } : undefined;
  const snap = request.snapDay !== undefined ? { day: request.snapDay } : undefined;
  if (!price && !event && !snap) throw new BadRequestError("give a price change (pricePercent), an event (eventType) or a SNAP day (snapDay)");
  const artifact = await getModel();
  try {
    const forecaster = artifact.forecaster!;
    const result = runWhatIf(forecaster, data, { series, ...(price ? { price } : {}), ...(event ? { event } : {}), ...(snap ? { snap } : {}) }, policy, run.originDay);
    const category = data.series[index]!.catId;
    const from = Math.max(0, run.originDay - 28);
    const history = Array.from({ length: run.originDay - from }, (_, k) => ({
      x: data.calendar.date[from + k]!,
      y: series.reduce((sum, i) => sum + data.sales[i]![from + k]!, 0),
    }));
    return {
      ...result,
      history,
      seriesIds: series.map((i) => data.series[i]!.id),
      category,
      elasticity: forecaster.effects.elasticity[category] ?? Number.NaN,
      elasticityLeansOnPrior: leansOnPrior(forecaster.effects.elasticityFit[category]),
      eventLift: event ? (forecaster.effects.eventLift[category]?.[event.type] ?? 0) : snap ? (forecaster.effects.snapLift[category] ?? 0) : null,
    };
  } catch (error) {
    if (error instanceof RangeError) throw new BadRequestError(error.message);
    throw error;
  }
}
