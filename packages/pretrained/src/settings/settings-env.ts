import { PretrainedError } from "../errors/pretrained-error";

/** Environment variables as read by the settings functions; tests pass their own object. */
export type SettingsEnv = Readonly<Record<string, string | undefined>>;

const TRUE = new Set(["1", "true", "yes", "on"]);
const FALSE = new Set(["", "0", "false", "no", "off"]);

/** A boolean environment flag; an unrecognised value is an error rather than a silent default. */
export function readFlag(env: SettingsEnv, name: string): boolean {
  const raw = env[name];
  if (raw === undefined) return false;
  const value = raw.trim().toLowerCase();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new PretrainedError("bad-setting", `${name}=${JSON.stringify(raw)}: expected 1 or 0 (true/false, yes/no, on/off).`);
}

/** A positive integer environment setting, undefined when unset. */
export function readPositiveInteger(env: SettingsEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new PretrainedError("bad-setting", `${name}=${JSON.stringify(raw)}: expected a whole number of at least 1.`);
  }
  return value;
}
