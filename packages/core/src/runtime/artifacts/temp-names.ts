// Names for temporary siblings of a target path. They live in the same directory (so the final rename stays on
// one filesystem and is atomic) and start with a dot plus the target's name, so a leftover is easy to trace.
import { randomBytes } from "node:crypto";
import path from "node:path";

export function tempSibling(target: string, kind: "tmp" | "old"): string {
  const suffix = `${process.pid}-${randomBytes(4).toString("hex")}`;
  return path.join(path.dirname(target), `.${path.basename(target)}.${kind}-${suffix}`);
}

/** True for names made by tempSibling for `target` (used to check that nothing was left behind). */
export function isTempSiblingOf(target: string, name: string): boolean {
  const prefix = `.${path.basename(target)}.`;
  return name.startsWith(`${prefix}tmp-`) || name.startsWith(`${prefix}old-`);
}
