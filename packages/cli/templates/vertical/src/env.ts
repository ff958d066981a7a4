// The app's environment, validated in one place. Every setting has a default that works on a laptop.
import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  /** file:... (SQLite) or postgresql://...; default: <app>/.verticals/__NAME__.db */
  DATABASE_URL: z.string().trim().min(1).optional(),
  /** The trained model artifact; default: <app>/.verticals/model (where `pnpm verticals train __NAME__` saves it). */
  __ENV___MODEL_DIR: z.string().trim().min(1).optional(),
});

export interface AppEnv {
  appDir: string;
  databaseUrl?: string;
  modelDir: string;
}

export function readEnv(source: Record<string, string | undefined> = process.env, appDir = process.cwd()): AppEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`environment variable ${issue.path.join(".")}: ${issue.message}`);
  }
  const env = parsed.data;
  return {
    appDir,
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    modelDir: path.resolve(appDir, env.__ENV___MODEL_DIR ?? path.join(".verticals", "model")),
  };
}
