// Reads and writes of the demand store. Seeding writes are idempotent (existing rows are kept), so re-running
// `seed` never duplicates anything and never overwrites sales added by uploads.
import type { OrderLine } from "../pipeline/orders";
import type { Store } from "./client";

export const FORECAST_KINDS = ["forecast", "backtest"] as const;
export type ForecastKind = (typeof FORECAST_KINDS)[number];

const CHUNK = 2000;

async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

export interface CalendarRow {
  day: number;
  date: string;
  wmYrWk: number;
  eventName1: string | null;
  eventType1: string | null;
  eventName2: string | null;
  eventType2: string | null;
  snapCA: boolean;
  snapTX: boolean;
  snapWI: boolean;
}

/** Adds calendar days the store does not have yet; returns how many were added. */
export async function addCalendarDays(store: Store, rows: readonly CalendarRow[]): Promise<number> {
  const existing = new Set((await store.calendarDay.findMany({ select: { day: true } })).map((d) => d.day));
  const missing = rows.filter((r) => !existing.has(r.day));
  await inChunks(missing, (chunk) => store.calendarDay.createMany({ data: chunk }));
  return missing.length;
}

export interface SeriesRow {
  id: string;
  itemId: string;
  deptId: string;
  catId: string;
  storeId: string;
  stateId: string;
  demandClass: string;
  adi: number;
  cv2: number;
  lastDay: number;
  sales: number[];
  /** Weekly prices in calendar-week order, null = not on sale. */
  prices: (number | null)[];
}

/** Adds series the store does not have; existing ones (maybe extended by uploads) are left as they are. */
export async function addSeries(store: Store, rows: readonly SeriesRow[]): Promise<number> {
  const existing = new Set((await store.series.findMany({ select: { id: true } })).map((s) => s.id));
  const missing = rows.filter((r) => !existing.has(r.id));
  await inChunks(missing, (chunk) =>
    store.series.createMany({
      data: chunk.map(({ sales, prices, adi, ...rest }) => ({
        ...rest,
        adi: Number.isFinite(adi) ? adi : 1e6,
        salesJson: JSON.stringify(sales),
        pricesJson: JSON.stringify(prices),
      })),
    }),
  );
  return missing.length;
}

export interface RunInput {
  modelVersion: string;
  trainedAt: Date;
  backend: string;
  trainSeconds: number;
  dataKind: string;
  dataName: string;
  originDay: number;
  forecastStart: string;
  horizon: number;
  metrics: unknown;
  card: unknown;
  dispersion: unknown;
}

/** The run of this model version and origin, created when missing. */
export async function ensureRun(store: Store, input: RunInput): Promise<{ id: number; created: boolean }> {
  const where = { modelVersion_originDay: { modelVersion: input.modelVersion, originDay: input.originDay } };
  const found = await store.run.findUnique({ where, select: { id: true } });
  if (found) return { id: found.id, created: false };
  const { metrics, card, dispersion, ...rest } = input;
  try {
    const run = await store.run.create({
      data: { ...rest, metricsJson: JSON.stringify(metrics), cardJson: JSON.stringify(card), dispersionJson: JSON.stringify(dispersion) },
      select: { id: true },
    });
    return { id: run.id, created: true };
  } catch (error) {
    // Two re-forecasts at once: the other request created this run between our read and our write.
    const raced = (error as { code?: string }).code === "P2002" ? await store.run.findUnique({ where, select: { id: true } }) : null;
    if (raced) return { id: raced.id, created: false };
    throw error;
  }
}

export interface QuantileRow {
  day: number;
  date: string;
  h: number;
  mean: number;
  p025: number;
  p10: number;
  p50: number;
  p90: number;
  p975: number;
}

/** Writes a run's forecasts of one kind unless it already has them; returns rows written. */
export async function addForecasts(store: Store, runId: number, kind: ForecastKind, rows: readonly (QuantileRow & { seriesId: string })[]): Promise<number> {
  if ((await store.forecast.count({ where: { runId, kind } })) > 0) return 0;
  await inChunks(rows, (chunk) => store.forecast.createMany({ data: chunk.map((r) => ({ ...r, runId, kind })) }));
  return rows.length;
}

export async function addHierarchyForecasts(store: Store, runId: number, kind: ForecastKind, rows: readonly (QuantileRow & { level: string; key: string })[]): Promise<number> {
  if ((await store.hierarchyForecast.count({ where: { runId, kind } })) > 0) return 0;
  await inChunks(rows, (chunk) => store.hierarchyForecast.createMany({ data: chunk.map((r) => ({ ...r, runId, kind })) }));
  return rows.length;
}

/** A stored order line: the line without its derived `urgent` flag, with its series, policy and starting stock. */
export interface OrderRow extends Omit<OrderLine, "urgent"> {
  seriesId: string;
  leadTimeDays: number;
  reviewDays: number;
  serviceLevel: number;
  inventoryPosition: number;
}

/** Replaces a run's order lines (the latest policy a planner saved wins). */
export async function replaceOrders(store: Store, runId: number, rows: readonly OrderRow[]): Promise<number> {
  await store.$transaction(async (tx) => {
    await tx.order.deleteMany({ where: { runId } });
    await inChunks(rows, (chunk) => tx.order.createMany({ data: chunk.map((r) => ({ ...r, runId })) }));
  });
  return rows.length;
}

export async function latestRun(store: Store) {
  return store.run.findFirst({ orderBy: { id: "desc" } });
}

export async function listSeries(store: Store) {
  return store.series.findMany({
    select: { id: true, itemId: true, deptId: true, catId: true, storeId: true, stateId: true, demandClass: true, adi: true, cv2: true, lastDay: true },
    orderBy: [{ storeId: "asc" }, { itemId: "asc" }],
  });
}

export async function forecastsOf(store: Store, runId: number, seriesId: string, kind: ForecastKind) {
  return store.forecast.findMany({ where: { runId, seriesId, kind }, orderBy: { day: "asc" } });
}

export async function hierarchyForecastsOf(store: Store, runId: number, level: string, key: string, kind: ForecastKind) {
  return store.hierarchyForecast.findMany({ where: { runId, level, key, kind }, orderBy: { day: "asc" } });
}

/** The series with the most forecast units in a run: a telling first view for the explorer and the what-if page. */
export async function topSellingSeries(store: Store, runId: number): Promise<string | null> {
  const top = await store.forecast.groupBy({ by: ["seriesId"], where: { runId, kind: "forecast" }, _sum: { mean: true }, orderBy: { _sum: { mean: "desc" } }, take: 1 });
  return top[0]?.seriesId ?? null;
}
