// Ctrl+C for long commands: a signal that pipelines check between steps, and a promise that long waits race
// against so an interrupt ends them at once.

/**
 * Aborts on Ctrl+C so a pipeline stops between steps and leaves nothing half-written. A second Ctrl+C exits at
 * once, through process.exit, so "exit" handlers (which stop any servers started) still run.
 */
export function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return controller.signal;
}

/** Rejects with `reason()` once `signal` aborts (at once if it already has); never an unhandled rejection. */
export function rejectOnAbort(signal: AbortSignal, reason: () => Error): Promise<never> {
  const aborted = new Promise<never>((_, reject) => {
    const onAbort = () => reject(reason());
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  return aborted;
}
