// The app's environment, validated in one place. Every setting has a default that works on a laptop.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  /** file:... (SQLite) or postgresql://...; default: <app>/.verticals/triage.db */
  DATABASE_URL: z.string().trim().min(1).optional(),
  /** The trained model artifact; default: <VERTICALS_ARTIFACTS_DIR or .verticals>/model, where `pnpm verticals train triage` saves it. */
  TRIAGE_MODEL_DIR: z.string().trim().min(1).optional(),
  /** The app's artifacts folder, relative to the app (default .verticals), shared with the CLI. */
  VERTICALS_ARTIFACTS_DIR: z.string().trim().min(1).optional(),
  /** Largest accepted upload in bytes (default 20 MiB). */
  TRIAGE_MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
  /** Key of the DICOM UID pseudonyms; default: a random key kept in <app>/.verticals/deid-uid-key. */
  TRIAGE_UID_KEY: z.string().min(16).optional(),
  /** Unflagged studies waiting longer than this move up the worklist (minutes, default 240). */
  TRIAGE_READING_TARGET_MINUTES: z.coerce.number().positive().default(240),
  /** Reader name pre-filled in the decision form (there is no login in this demonstration). */
  TRIAGE_DEFAULT_READER: z.string().trim().min(1).default("Demo radiologist"),
});

export interface TriageEnv {
  appDir: string;
  databaseUrl?: string;
  modelDir: string;
  maxUploadBytes: number;
  uidKey: string;
  readingTargetMinutes: number;
  defaultReader: string;
}

export function readEnv(source: Record<string, string | undefined> = process.env, appDir = process.cwd()): TriageEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`environment variable ${issue.path.join(".")}: ${issue.message}`);
  }
  const env = parsed.data;
  return {
    appDir,
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    modelDir: path.resolve(appDir, env.TRIAGE_MODEL_DIR ?? path.join(env.VERTICALS_ARTIFACTS_DIR ?? ".verticals", "model")),
    maxUploadBytes: env.TRIAGE_MAX_UPLOAD_BYTES,
    uidKey: env.TRIAGE_UID_KEY ?? persistedUidKey(appDir),
    readingTargetMinutes: env.TRIAGE_READING_TARGET_MINUTES,
    defaultReader: env.TRIAGE_DEFAULT_READER,
  };
}

/** A random key made once per installation and kept out of the repository (.verticals is git-ignored). */
function persistedUidKey(appDir: string): string {
  const file = path.join(appDir, ".verticals", "deid-uid-key");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(32).toString("hex");
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${key}\n`, { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, file);
  return readFileSync(file, "utf8").trim();
}
