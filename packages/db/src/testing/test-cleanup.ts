/**
 * Cleanups of test databases, in creation order, so a describe block can undo exactly what was created
 * while it ran (jest gives each test file its own copy of this module).
 */
const cleanups: { seq: number; run: () => Promise<void> | void }[] = [];
let seq = 0;

export function registerCleanup(run: () => Promise<void> | void): void {
  cleanups.push({ seq: ++seq, run });
}

/** A position to pass to runCleanupsSince later. */
export function cleanupMark(): number {
  return seq;
}

/** Runs (newest first) and forgets the cleanups registered after `mark`; errors are ignored. */
export async function runCleanupsSince(mark: number): Promise<void> {
  while (cleanups.length > 0 && cleanups[cleanups.length - 1]!.seq > mark) {
    const { run } = cleanups.pop()!;
    try {
      await run();
    } catch {
      // best effort: a database already gone is fine
    }
  }
}
