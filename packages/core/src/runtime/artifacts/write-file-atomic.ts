// Readers must never see a half-written file: write a temp file in the same directory, flush it to disk,
// then rename it over the target (rename is atomic within one filesystem).
import { promises as fs } from "node:fs";
import path from "node:path";
import { tempSibling } from "./temp-names";

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temp = tempSibling(target, "tmp");
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, "wx");
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw new Error(`Could not write ${target}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Writes a new file and flushes it to disk before returning (used inside a temp directory before its rename). */
export async function writeFileDurable(target: string, data: string | Uint8Array): Promise<void> {
  const handle = await fs.open(target, "wx");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
