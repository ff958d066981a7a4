// The app's whole environment, validated in one place. Everything has a default, so a fresh clone runs without
// a .env file; a bad value stops with a message naming the variable. DATABASE_URL and VERTICALS_SEED are read
// by @verticals/db and the CLI, not here.
import path from "node:path";
import { z } from "zod";
import { DEFAULT_POLICY, SERVICE_LEVEL_RANGE, type OrderPolicy } from "./pipeline/orders";

const number = (name: string, min: number, max: number, fallback: number, integer = false) =>
  z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text.trim() === "") return fallback;
      const value = Number(text);
      if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
        ctx.addIssue({ code: "custom", message: `${name} must be ${integer ? "a whole number" : "a number"} from ${min} to ${max}, got "${text}"` });
        return z.NEVER;
      }
      return value;
    });

const schema = z.object({
  /** Where the trained model lives, relative to the app folder (default .verticals); the CLI trains into the same place. */
  VERTICALS_ARTIFACTS_DIR: z.string().optional(),
  /** Default order policy shown on the order page (a planner changes it there). */
  DEMAND_LEAD_TIME_DAYS: number("DEMAND_LEAD_TIME_DAYS", 1, 14, DEFAULT_POLICY.leadTimeDays, true),
  DEMAND_REVIEW_DAYS: number("DEMAND_REVIEW_DAYS", 1, 14, DEFAULT_POLICY.reviewDays, true),
  DEMAND_SERVICE_LEVEL: number("DEMAND_SERVICE_LEVEL", SERVICE_LEVEL_RANGE.min, SERVICE_LEVEL_RANGE.max, DEFAULT_POLICY.serviceLevel),
  /** Largest sales upload accepted, in bytes (a 280-series x 28-day M5 file is about 30 kB). */
  DEMAND_MAX_UPLOAD_BYTES: number("DEMAND_MAX_UPLOAD_BYTES", 1024, 512 * 1024 * 1024, 20 * 1024 * 1024, true),
});

export interface DemandEnv {
  artifactsDir: string;
  policy: OrderPolicy;
  maxUploadBytes: number;
}

/** Reads and validates the environment; `appDir` anchors the default paths (Next.js runs in the app folder). */
export function readEnv(env: Record<string, string | undefined> = process.env, appDir = process.cwd()): DemandEnv {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid environment: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
  const value = parsed.data;
  return {
    artifactsDir: path.resolve(appDir, value.VERTICALS_ARTIFACTS_DIR || ".verticals"),
    policy: { leadTimeDays: value.DEMAND_LEAD_TIME_DAYS, reviewDays: value.DEMAND_REVIEW_DAYS, serviceLevel: value.DEMAND_SERVICE_LEVEL },
    maxUploadBytes: value.DEMAND_MAX_UPLOAD_BYTES,
  };
}
