import type { PlaywrightTestConfig } from "@playwright/test";

export interface AppE2EOptions {
  /** Port the built app is served on with `next start` (the app's own port, e.g. 3199). */
  port: number;
  /** The app's folder (holding .next and node_modules); defaults to the current directory. */
  appDir?: string;
  /** Spec folder relative to appDir; default "e2e". */
  testDir?: string;
  /** Per-test timeout in ms; default 30 000. */
  timeoutMs?: number;
}

export declare function defineAppE2EConfig(options: AppE2EOptions): PlaywrightTestConfig;
export declare const CHROMIUM_ARGS: string[];
export declare const CHROMIUM_MISSING: string;
export declare function findChromium(env?: NodeJS.ProcessEnv): { path: string | undefined; tried: string[] };
