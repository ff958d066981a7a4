// `seed`: migrate the store, record the trained models' runs, load the fleet (official test engines, else the
// held-out engines cut short) with their readings, predict every cycle, score the held-out AI4I rows and make
// a plan. Idempotent: what is already there is kept; a second run writes nothing new.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describeBackend, initBackend } from "@verticals/core";
import type { PipelineContext } from "@verticals/cli";
import { loadAi4i2020 } from "@verticals/data";
import { migrateStore, openStore } from "../store/client";
import { toReadingValues } from "../store/readings";
import { refreshPredictions, savePlan } from "../store/refresh";
import { loadFailureArtifact, loadRulArtifact } from "./artifacts";
import { planDefaults, readEnv } from "../env";
import { DEFAULT_CONFIG, type PipelineConfig } from "./config";
import { loadEquipment } from "./data";
import { readingsOf } from "./failure/features";
import { scoreReadings } from "./failure/model";
import { MEASUREMENT_COUNT, truncate } from "./rul/engines";
import { enginesOf } from "./rul/from-trajectories";
import { trainMaintenance } from "./train";

const appDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export const assetIdOf = (unit: number): string => `ENG-${String(unit).padStart(3, "0")}`;

export async function seedMaintenance(ctx: PipelineContext, config: PipelineConfig = DEFAULT_CONFIG): Promise<{ rows: number }> {
  await trainMaintenance(ctx, config); // reuses saved models that are up to date
  await initBackend();
  const failure = await loadFailureArtifact(ctx.artifactsDir);
  const rul = await loadRulArtifact(ctx.artifactsDir);
  const rulVersion = rul.card.version;
  await migrateStore(ctx.databaseUrl, appDir);
  const store = await openStore(ctx.databaseUrl);
  let rows = 0;
  try {
    // Runs: one per trained model version.
    for (const [model, card, evaluation] of [
      ["failure", failure.card, failure.evaluation],
      ["rul", rul.card, rul.evaluation],
    ] as const) {
      const exists = await store.run.findFirst({ where: { kind: "train", model, modelVersion: card.version } });
      if (exists) continue;
      await store.run.create({
        data: {
          kind: "train",
          model,
          modelVersion: card.version,
          backend: describeBackend(card.backend),
          trainSeconds: card.trainSeconds,
          metricsJson: JSON.stringify(card.metrics),
          baselineJson: JSON.stringify(card.baseline),
          detailJson: JSON.stringify({ card, evaluation, history: model === "rul" ? rul.history : null }),
        },
      });
      rows++;
    }

    // The fleet and its readings.
    const equipment = await loadEquipment(ctx.dataDir);
    const official = rul.fleet.some((f) => f.source === "cmapss-test");
    const source = official && equipment.cmapss.test ? enginesOf(equipment.cmapss.test) : enginesOf(equipment.cmapss.train);
    const byUnit = new Map(source.map((e) => [e.unit, e]));
    for (const entry of rul.fleet) {
      const id = assetIdOf(entry.unit);
      const full = byUnit.get(entry.unit);
      if (!full || full.cycles < entry.observed) {
        throw new Error(`Fleet engine unit ${entry.unit} (${entry.observed} cycles) is not in ${ctx.dataDir}'s C-MAPSS files: the data changed since training; retrain`);
      }
      const engine = truncate(full, entry.observed);
      const existing = await store.asset.findUnique({ where: { id }, select: { id: true } });
      if (existing) continue;
      await store.$transaction(async (tx) => {
        await tx.asset.create({
          data: { id, unit: entry.unit, name: `Engine ${entry.unit}`, source: entry.source, failureCycle: engine.firstCycle + engine.cycles - 1 + entry.trueRul },
        });
        await tx.reading.createMany({
          data: Array.from({ length: engine.cycles }, (_, t) => ({
            assetId: id,
            cycle: engine.firstCycle + t,
            source: "seed",
            ...toReadingValues(engine.values, t * MEASUREMENT_COUNT),
          })),
        });
      });
      rows += 1 + engine.cycles;
    }

    // Predictions for every cycle the current model has not predicted.
    const assetIds = (await store.asset.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((a) => a.id);
    // The app's plan settings (MAINTENANCE_* variables), as the dashboard and API use them.
    const planSettings = planDefaults(readEnv());
    rows += await refreshPredictions(store, rul, rulVersion, assetIds, planSettings.horizonCycles);

    // Held-out AI4I rows scored by the failure model.
    const failureVersion = failure.card.version;
    const stored = await store.failureScore.count({ where: { modelVersion: failureVersion } });
    if (stored !== failure.testRows.udi.length) {
      const file = failure.testRows.file === "ai4i2020_test.csv" ? equipment.files.ai4iTest : equipment.files.ai4iTrain;
      if (!file) throw new Error(`${failure.testRows.file} is missing from ${ctx.dataDir}; retrain`);
      const data = failure.testRows.file === "ai4i2020.csv" ? equipment.ai4i : await loadAi4i2020(file);
      const rowOfUdi = new Map(Array.from(data.udi, (u, i) => [u, i]));
      const picked = failure.testRows.udi.map((u) => {
        const r = rowOfUdi.get(u);
        if (r === undefined) throw new Error(`UDI ${u} of the failure model's test rows is not in ${file}: the data changed since training; retrain`);
        return r;
      });
      const readings = readingsOf(data, picked);
      const scores = scoreReadings(failure.model, readings);
      const modes = ["TWF", "HDF", "PWF", "OSF", "RNF"] as const;
      await store.$transaction(async (tx) => {
        await tx.failureScore.deleteMany({});
        await tx.failureScore.createMany({
          data: picked.map((r, k) => ({
            udi: data.udi[r]!,
            productId: data.productId[r]!,
            productType: "LMH"[data.type[r]!]!,
            airK: readings[k]!.airK,
            processK: readings[k]!.processK,
            rpm: readings[k]!.rpm,
            torqueNm: readings[k]!.torqueNm,
            toolWearMin: readings[k]!.toolWearMin,
            probability: scores[k]!.probability,
            flagged: scores[k]!.flagged,
            likelyMode: scores[k]!.flagged ? scores[k]!.likelyMode : null,
            machineFailure: data.machineFailure[r]!,
            trueModes: modes.filter((m) => data.failureModes[m][r] === 1).join(","),
            modelVersion: failureVersion,
          })),
        });
      });
      rows += picked.length;
    }

    // A plan from the current model, unless one exists.
    const planned = await store.plan.findFirst({ where: { modelVersion: rulVersion } });
    if (!planned) {
      await savePlan(store, rul.meta, planSettings, "seed", rulVersion);
      rows++;
    }
    ctx.log.info(`store ready: ${assetIds.length} engines, model ${rulVersion}; ${rows} rows written`);
    return { rows };
  } finally {
    for (const m of rul.models) m.dispose();
    await store.$disconnect();
  }
}
