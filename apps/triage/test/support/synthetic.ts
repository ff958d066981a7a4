// Small synthetic PneumoniaMNIST files for tests (seconds to train on), in temp folders removed afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatePneumoniamnist } from "@verticals/data";

export async function syntheticDataDir(size = 160, seed = 7): Promise<{ dir: string; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "triage-data-"));
  await generatePneumoniamnist(dir, { seed, size });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const quietLog = { info: () => undefined, warn: () => undefined };
