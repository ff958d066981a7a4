// The app's environment, validated in one place. Everything has a default, so the app starts with no settings.
import { resolve } from "node:path";
import { z } from "zod";
import { DEFAULT_PLAN_SETTINGS } from "./pipeline/config";
import { planSettingsSchema } from "./pipeline/plan";

const number = (fallback: number) => z.coerce.number().finite().default(fallback);

// DATABASE_URL and VERTICALS_SEED are read by @verticals/db and the CLI, not here.
const schema = z.object({
  /** Where the trained models are, relative to the app folder (default .verticals); the CLI trains into the same place. */
  VERTICALS_ARTIFACTS_DIR: z.string().optional(),
  /** Largest upload accepted by the ingest endpoints, bytes. */
  MAINTENANCE_MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(8 * 1024 * 1024),
  /** Plan defaults (see src/pipeline/plan.ts). */
  MAINTENANCE_HORIZON_CYCLES: number(DEFAULT_PLAN_SETTINGS.horizonCycles),
  MAINTENANCE_SLOT_CYCLES: number(DEFAULT_PLAN_SETTINGS.slotCycles),
  MAINTENANCE_CREWS_PER_SLOT: number(DEFAULT_PLAN_SETTINGS.crewsPerSlot),
  MAINTENANCE_PLANNED_STOP_COST: number(DEFAULT_PLAN_SETTINGS.plannedStopCost),
  MAINTENANCE_UNPLANNED_FAILURE_COST: number(DEFAULT_PLAN_SETTINGS.unplannedFailureCost),
});

export type AppEnv = z.infer<typeof schema> & { appDir: string; artifactsDir: string };

export function readEnv(env: Record<string, string | undefined> = process.env, appDir = process.cwd()): AppEnv {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Environment variable ${issue.path.join(".")}: ${issue.message}`);
  }
  const appEnv: AppEnv = { ...parsed.data, appDir, artifactsDir: resolve(appDir, parsed.data.VERTICALS_ARTIFACTS_DIR ?? ".verticals") };
  // The plan defaults must make a valid plan, or every ingest would fail later: say so now, naming the variable.
  const plan = planSettingsSchema.safeParse(planDefaults(appEnv));
  if (!plan.success) {
    const issue = plan.error.issues[0]!;
    const variable = PLAN_VARIABLES[issue.path[0] as keyof typeof PLAN_VARIABLES] ?? "MAINTENANCE_*";
    throw new Error(`Environment variable ${variable}: ${issue.message}`);
  }
  return appEnv;
}

const PLAN_VARIABLES = {
  horizonCycles: "MAINTENANCE_HORIZON_CYCLES",
  slotCycles: "MAINTENANCE_SLOT_CYCLES",
  crewsPerSlot: "MAINTENANCE_CREWS_PER_SLOT",
  plannedStopCost: "MAINTENANCE_PLANNED_STOP_COST",
  unplannedFailureCost: "MAINTENANCE_UNPLANNED_FAILURE_COST",
} as const;

export function planDefaults(env: AppEnv) {
  return {
    horizonCycles: env.MAINTENANCE_HORIZON_CYCLES,
    slotCycles: env.MAINTENANCE_SLOT_CYCLES,
    crewsPerSlot: env.MAINTENANCE_CREWS_PER_SLOT,
    plannedStopCost: env.MAINTENANCE_PLANNED_STOP_COST,
    unplannedFailureCost: env.MAINTENANCE_UNPLANNED_FAILURE_COST,
  };
}
