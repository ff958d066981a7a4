// Cancelling a long training run (Ctrl-C, a closed browser tab) must stop promptly and leave no half-written
// artifact. Training checks an AbortSignal after every batch and throws this error, which callers recognise
// by class or by `code`, and which the artifact writer never gets to see.

export const TRAINING_CANCELLED = "VERTICALS_TRAINING_CANCELLED";

export class TrainingCancelledError extends Error {
  readonly code = TRAINING_CANCELLED;
  /** Epoch (1-based) and batch (1-based, within the epoch) after which training stopped. */
  readonly epoch: number;
  readonly batch: number;

  constructor(epoch: number, batch: number, reason?: unknown) {
    const why = reason instanceof Error ? reason.message : typeof reason === "string" ? reason : undefined;
    super(`Training cancelled after epoch ${epoch}, batch ${batch}${why ? ` (${why})` : ""}; nothing was saved`);
    this.name = "TrainingCancelledError";
    this.epoch = epoch;
    this.batch = batch;
  }
}

/** True for a TrainingCancelledError, including one thrown by another copy of this module. */
export function isTrainingCancelled(error: unknown): error is TrainingCancelledError {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === TRAINING_CANCELLED;
}

interface SignalSource {
  on(event: "SIGINT", listener: () => void): unknown;
  off(event: "SIGINT", listener: () => void): unknown;
}

export interface SigintAbortOptions {
  /** Where SIGINT comes from (default: process); tests pass an EventEmitter. */
  source?: SignalSource;
  /** Called on the first Ctrl-C, e.g. to print "stopping after this batch". */
  onFirst?: () => void;
  /** Called on a second Ctrl-C; default: exit with code 130, as a shell would. */
  onSecond?: () => void;
}

export interface SigintAbort {
  signal: AbortSignal;
  controller: AbortController;
  /** Removes the SIGINT listener; call it when the long step is over. */
  dispose(): void;
}

/**
 * For CLIs: the first Ctrl-C aborts the returned signal (training stops after the current batch and nothing is
 * written); a second Ctrl-C exits at once.
 */
export function abortOnSigint(options: SigintAbortOptions = {}): SigintAbort {
  const source = options.source ?? process;
  const controller = new AbortController();
  const listener = (): void => {
    if (!controller.signal.aborted) {
      options.onFirst?.();
      controller.abort(new Error("interrupted (Ctrl-C)"));
      return;
    }
    if (options.onSecond) options.onSecond();
    else process.exit(130);
  };
  source.on("SIGINT", listener);
  return { signal: controller.signal, controller, dispose: () => void source.off("SIGINT", listener) };
}
