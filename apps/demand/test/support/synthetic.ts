// The default synthetic M5 twin (96 series x 730 days), generated into a temp folder for pipeline tests.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateM5 } from "@verticals/data";

export interface SyntheticFolder {
  root: string;
  dataDir: string;
  artifactsDir: string;
  cleanup(): void;
}

export async function syntheticFolder(options: { days?: number } = {}): Promise<SyntheticFolder> {
  const root = mkdtempSync(join(tmpdir(), "demand-test-"));
  const dataDir = join(root, "retail");
  await generateM5(dataDir, { seed: 42, ...(options.days ? { size: options.days } : {}) });
  return { root, dataDir, artifactsDir: join(root, "artifacts"), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** A pipeline logger that keeps messages (tests assert on them, and the output stays quiet). */
export function memoryLog(): { info(m: string): void; warn(m: string): void; lines: string[] } {
  const lines: string[] = [];
  return { info: (m) => lines.push(m), warn: (m) => lines.push(`warning: ${m}`), lines };
}

/** Silences stderr (training progress) for the duration of a test file. */
export function silenceStderr(): () => void {
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = (() => true) as typeof process.stderr.write;
  return () => {
    process.stderr.write = write;
  };
}
