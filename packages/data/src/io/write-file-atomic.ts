import { mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

let counter = 0;

/** A temp path in the target's own directory, so the final rename never crosses file systems. */
export function tempPathFor(target: string): string {
  counter++;
  return join(dirname(target), `.${basename(target)}.${process.pid}.${counter}.tmp`);
}

/**
 * Write through a temp file, then rename: readers see the old file or the complete new one, never
 * half of it. `write` receives the open handle; the temp file is removed if it throws.
 */
export async function writeFileAtomicWith(
  target: string,
  write: (handle: import("node:fs/promises").FileHandle) => Promise<void>,
): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  const handle = await open(temp, "w");
  try {
    await write(handle);
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Atomic whole-file write of a string (UTF-8) or bytes. */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomicWith(target, async (handle) => {
    await handle.writeFile(data);
  });
}
