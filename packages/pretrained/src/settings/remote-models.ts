import { readFlag, type SettingsEnv } from "./settings-env";

export const ALLOW_REMOTE_ENV = "VERTICALS_ALLOW_REMOTE_MODELS";
export const HUB_URL_ENV = "VERTICALS_MODELS_HUB_URL";
export const DEFAULT_HUB_URL = "https://huggingface.co";

/** Off unless VERTICALS_ALLOW_REMOTE_MODELS=1: build and CI machines must never try the network. */
export function remoteModelsAllowed(env: SettingsEnv = process.env): boolean {
  return readFlag(env, ALLOW_REMOTE_ENV);
}

/** The hub to download from: the option, else VERTICALS_MODELS_HUB_URL (a mirror), else huggingface.co. */
export function resolveHubUrl(option?: string, env: SettingsEnv = process.env): string {
  const url = option ?? env[HUB_URL_ENV] ?? DEFAULT_HUB_URL;
  return url.replace(/\/+$/, "");
}
