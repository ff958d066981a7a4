// The maintenance data folder (`--data-dir`, the `equipment` folder): ai4i2020/ai4i2020.csv (+ optional
// ai4i2020_test.csv) and cmapss/train_FD001.txt (+ optional test_FD001.txt and RUL_FD001.txt).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadAi4i2020, loadCmapss, type Ai4iData, type CmapssData, type Provenance } from "@verticals/data";

export interface EquipmentFiles {
  dir: string;
  ai4iTrain: string;
  /** Present only when the folder holds a separate test file. */
  ai4iTest?: string;
  cmapssDir: string;
  cmapssTrain: string;
  /** Present only when both test_FD001.txt and RUL_FD001.txt are. */
  cmapssTest?: string;
  cmapssRul?: string;
}

/** Locates the files; a missing required file is an error naming the path and how to get it. */
export function equipmentFiles(dir: string): EquipmentFiles {
  const ai4iTrain = join(dir, "ai4i2020", "ai4i2020.csv");
  const cmapssDir = join(dir, "cmapss");
  const cmapssTrain = join(cmapssDir, "train_FD001.txt");
  for (const file of [ai4iTrain, cmapssTrain]) {
    if (!existsSync(file)) {
      throw new Error(
        `${file} is missing: the maintenance data folder (${dir}) must hold ai4i2020/ai4i2020.csv and cmapss/train_FD001.txt ` +
          "(run `pnpm verticals data` to generate synthetic twins, or point --data-dir at the real `equipment` folder)",
      );
    }
  }
  const ai4iTest = join(dir, "ai4i2020", "ai4i2020_test.csv");
  const cmapssTest = join(cmapssDir, "test_FD001.txt");
  const cmapssRul = join(cmapssDir, "RUL_FD001.txt");
  return {
    dir,
    ai4iTrain,
    ...(existsSync(ai4iTest) ? { ai4iTest } : {}),
    cmapssDir,
    cmapssTrain,
    ...(existsSync(cmapssTest) && existsSync(cmapssRul) ? { cmapssTest, cmapssRul } : {}),
  };
}

export interface EquipmentData {
  files: EquipmentFiles;
  ai4i: Ai4iData;
  ai4iTest?: Ai4iData;
  cmapss: CmapssData;
}

export async function loadEquipment(dir: string): Promise<EquipmentData> {
  const files = equipmentFiles(dir);
  const ai4i = await loadAi4i2020(files.ai4iTrain);
  const ai4iTest = files.ai4iTest ? await loadAi4i2020(files.ai4iTest, { provenance: ai4i.provenance }) : undefined;
  const cmapss = await loadCmapss(files.cmapssDir);
  return { files, ai4i, ...(ai4iTest ? { ai4iTest } : {}), cmapss };
}

/** Provenance as the model card and the dashboard show it. */
export function cardProvenance(p: Provenance): { kind: "real" | "synthetic"; name: string; citation?: string; licence?: string; source?: string; note?: string } {
  return {
    kind: p.kind,
    name: p.name,
    ...(p.citation ? { citation: p.citation } : {}),
    ...(p.licence ? { licence: p.licence } : {}),
    ...(p.source ? { source: p.source } : {}),
    ...(p.note ? { note: p.note } : {}),
  };
}
