// Ingest: readings checked against the store (known asset, cycles continuing each engine's history by one), the
// new cycles predicted, then readings, predictions, a new plan and an ingest run written in ONE transaction:
// a batch is accepted whole or rejected whole.
import type { RulModelMeta } from "../pipeline/artifacts";
import { predictHistory, type RulPredictor } from "../pipeline/fleet";
import type { PlanSettings } from "../pipeline/plan";
import { IngestError } from "../ingest/ingest-error";
import type { ReadingInput } from "../ingest/reading-input";
import type { Store } from "./client";
import { engineFromReadings, MEASUREMENT_FIELDS, toReadingValues, type ReadingValues } from "./readings";
import { predictionRows, savePlan } from "./refresh";

export interface IngestResult {
  accepted: number;
  assets: { id: string; fromCycle: number; toCycle: number; rul: number; health: number; failProb: number }[];
  planId: number;
}

const readingSelect = { cycle: true, ...Object.fromEntries(MEASUREMENT_FIELDS.map((f) => [f, true])) } as { cycle: true } & Record<(typeof MEASUREMENT_FIELDS)[number], true>;

const where = (r: ReadingInput) => `${r.line !== undefined ? `Row ${r.row} (line ${r.line})` : `Reading ${r.row}`}`;

export async function ingestReadings(
  store: Store,
  predictor: RulPredictor & { meta: RulModelMeta },
  modelVersion: string,
  inputs: readonly ReadingInput[],
  settings: PlanSettings,
  source: "api" | "csv",
): Promise<IngestResult> {
  // 1. Every row names a known asset.
  const assets = await store.asset.findMany({ select: { id: true, unit: true } });
  const byId = new Map(assets.map((a) => [a.id, a]));
  const byUnit = new Map(assets.map((a) => [a.unit, a]));
  const known = () => {
    const ids = assets.map((a) => `${a.id} (unit ${a.unit})`);
    return ids.length > 6 ? `${ids.slice(0, 6).join(", ")} and ${ids.length - 6} more` : ids.join(", ") || "none";
  };
  const groups = new Map<string, { unit: number; rows: ReadingInput[] }>();
  for (const r of inputs) {
    const asset = r.assetId !== undefined ? byId.get(r.assetId) : byUnit.get(r.unit!);
    if (!asset) {
      const what = r.assetId !== undefined ? `asset "${r.assetId}"` : `unit ${r.unit}`;
      throw new IngestError(422, `${where(r)}: unknown ${what}; known assets: ${known()}`, { row: r.row, ...(r.line ? { line: r.line } : {}), column: r.assetId !== undefined ? "asset" : "unit" });
    }
    if (r.assetId !== undefined && r.unit !== undefined && r.unit !== asset.unit) {
      throw new IngestError(422, `${where(r)}: asset "${r.assetId}" is unit ${asset.unit}, not ${r.unit}`, { row: r.row, column: "unit" });
    }
    const group = groups.get(asset.id) ?? { unit: asset.unit, rows: [] };
    group.rows.push(r);
    groups.set(asset.id, group);
  }

  // 2. Cycles continue each engine's history one by one; 3. predictions of the new cycles, before writing anything.
  const horizon = settings.horizonCycles;
  const prepared: { assetId: string; readings: (ReadingValues & { cycle: number })[]; predictions: ReturnType<typeof predictionRows> }[] = [];
  for (const [assetId, { unit, rows }] of groups) {
    const existing = await store.reading.findMany({ where: { assetId }, select: readingSelect, orderBy: { cycle: "asc" } });
    let expected = (existing.at(-1)?.cycle ?? 0) + 1;
    const fresh = rows.map((r) => {
      if (r.cycle !== expected) {
        const detail = r.cycle < expected ? `cycle ${r.cycle} is already stored or repeated` : `cycles ${expected}..${r.cycle - 1} are missing`;
        throw new IngestError(422, `${where(r)}: out-of-order cycle for ${assetId}: expected cycle ${expected}, got ${r.cycle} (${detail})`, {
          row: r.row,
          ...(r.line ? { line: r.line } : {}),
          column: "cycle",
        });
      }
      expected++;
      return { cycle: r.cycle, ...toReadingValues(r.values) };
    });
    const engine = engineFromReadings(unit, [...existing, ...fresh]);
    const predictions = predictHistory(engine, predictor, horizon, fresh[0]!.cycle);
    prepared.push({ assetId, readings: fresh, predictions: predictionRows(assetId, modelVersion, horizon, predictions) });
  }

  // 4. One transaction: readings, predictions, plan, run. A concurrent upload of the same cycles fails the unique
  // index and rolls everything back.
  try {
    return await store.$transaction(
      async (tx) => {
        for (const p of prepared) {
          await tx.reading.createMany({ data: p.readings.map((r) => ({ ...r, assetId: p.assetId, source })) });
          await tx.prediction.deleteMany({ where: { assetId: p.assetId, cycle: { gte: p.readings[0]!.cycle } } });
          if (p.predictions.length) await tx.prediction.createMany({ data: p.predictions });
        }
        const { id: planId } = await savePlan(tx, predictor.meta, settings, "ingest", modelVersion);
        const summary = prepared.map((p) => {
          const last = p.predictions.at(-1);
          return {
            id: p.assetId,
            fromCycle: p.readings[0]!.cycle,
            toCycle: p.readings.at(-1)!.cycle,
            rul: last?.rul ?? Number.NaN,
            health: last?.health ?? Number.NaN,
            failProb: last?.failProb ?? Number.NaN,
          };
        });
        await tx.run.create({
          data: {
            kind: "ingest",
            model: "fleet",
            modelVersion,
            backend: "",
            trainSeconds: 0,
            metricsJson: JSON.stringify({ readings: inputs.length, assets: prepared.length }),
            baselineJson: "{}",
            detailJson: JSON.stringify({ source, assets: summary, planId }),
          },
        });
        return { accepted: inputs.length, assets: summary, planId };
      },
      { timeout: 60_000, maxWait: 20_000 },
    );
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new IngestError(409, "Some of these cycles were stored by another upload meanwhile; nothing was written. Reload and retry.");
    }
    throw error;
  }
}
