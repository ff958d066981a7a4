import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { DataFormatError } from "../errors/data-format-error";
import { readProvenance } from "../provenance/read-provenance";
import type { Provenance } from "../provenance/provenance-schema";
import { loadCmapssRul } from "./cmapss-rul";
import { loadCmapssTrajectories, type CmapssTrajectories } from "./cmapss-trajectories";

export interface CmapssData {
  subset: string;
  train: CmapssTrajectories;
  /** The official test split when present: trajectories cut before failure... */
  test?: CmapssTrajectories;
  /** ...and the true RUL after each test unit's last cycle, in test unit order. */
  rul?: Int32Array;
  provenance: Provenance;
}

/**
 * Load a C-MAPSS folder: `train_<subset>.txt`, plus `test_<subset>.txt` and `RUL_<subset>.txt` when
 * present (both or neither; the RUL count must equal the number of test units).
 */
export async function loadCmapss(
  dir: string,
  options: { subset?: string; provenance?: Provenance } = {},
): Promise<CmapssData> {
  const subset = options.subset ?? "FD001";
  const provenance = options.provenance ?? (await readProvenance("cmapss", dir));
  const train = await loadCmapssTrajectories(join(dir, `train_${subset}.txt`), { provenance });
  const testFile = join(dir, `test_${subset}.txt`);
  const rulFile = join(dir, `RUL_${subset}.txt`);
  const hasTest = existsSync(testFile);
  const hasRul = existsSync(rulFile);
  if (hasTest !== hasRul) {
    const [missing, present] = hasTest ? [rulFile, testFile] : [testFile, rulFile];
    throw new DataFormatError({
      file: missing,
      expected: `this file alongside ${basename(present)}`,
      actual: "no such file",
      actualIsDescription: true,
    });
  }
  if (!hasTest) return { subset, train, provenance };
  const test = await loadCmapssTrajectories(testFile, { provenance });
  const { rul } = await loadCmapssRul(rulFile, { provenance });
  const units = test.units.id.length;
  if (rul.length !== units) {
    throw new DataFormatError({
      file: rulFile,
      line: Math.min(rul.length, units) + 1,
      expected: `${units} values, one per unit of test_${subset}.txt`,
      actual: `${rul.length} values`,
      actualIsDescription: true,
    });
  }
  return { subset, train, test, rul, provenance };
}
