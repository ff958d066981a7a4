// Progress for any long step that is not training: generating a synthetic dataset, embedding texts, scoring.
// On a terminal one line is redrawn in place; in CI and piped logs a plain line is printed at every 10%
// (or every `plainIntervalMs` when the total is unknown) so logs stay short.
import { estimateRemaining, formatCount, formatDuration, progressBar } from "./format";
import { redrawLine, resolveStream, type ProgressOptions } from "./progress-stream";

export interface StepProgressOptions extends ProgressOptions {
  label: string;
  /** Number of units to do; omit when unknown (then only the count and rate are shown). */
  total?: number;
  /** Unit name for counts, e.g. "rows" or "images". */
  unit?: string;
  /** Minimum milliseconds between terminal redraws (default 100). */
  redrawIntervalMs?: number;
  /** Milliseconds between plain lines when the total is unknown (default 10 000). */
  plainIntervalMs?: number;
}

export interface StepProgress {
  /** Adds `amount` (default 1) units done. */
  tick(amount?: number, detail?: string): void;
  /** Sets the number of units done. */
  update(done: number, detail?: string): void;
  /** Ends the step with a final line. */
  finish(summary?: string): void;
}

export function createStepProgress(options: StepProgressOptions): StepProgress {
  const { stream, tty, now } = resolveStream(options);
  const unit = options.unit ? ` ${options.unit}` : "";
  const redrawEvery = options.redrawIntervalMs ?? 100;
  const plainEvery = options.plainIntervalMs ?? 10_000;
  const started = now();
  let done = 0;
  let detail: string | undefined;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let lastPlainDecile = 0;
  let finished = false;

  const line = (): string => {
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const parts = [options.label];
    if (options.total !== undefined && options.total > 0) {
      const fraction = done / options.total;
      parts.push(`${progressBar(fraction)} ${Math.floor(fraction * 100)}%`, `${formatCount(done)}/${formatCount(options.total)}${unit}`);
      if (done < options.total) parts.push(`ETA ${formatDuration(estimateRemaining(elapsed, fraction))}`);
    } else {
      parts.push(`${formatCount(done)}${unit}`);
    }
    if (rate > 0) parts.push(`${formatCount(rate)}${unit}/s`);
    if (detail) parts.push(detail);
    return parts.join(" · ");
  };

  const report = (): void => {
    const t = now();
    if (tty) {
      if (t - lastDraw >= redrawEvery) {
        lastDraw = t;
        redrawLine(stream, line());
      }
      return;
    }
    if (options.total !== undefined && options.total > 0) {
      const decile = Math.floor((done / options.total) * 10);
      if (decile > lastPlainDecile && done < options.total) {
        lastPlainDecile = decile;
        stream.write(`${line()}\n`);
      }
    } else if (t - lastDraw >= plainEvery) {
      if (lastDraw !== Number.NEGATIVE_INFINITY) stream.write(`${line()}\n`);
      lastDraw = t;
    }
  };

  const update = (value: number, newDetail?: string): void => {
    if (finished) return;
    done = value;
    if (newDetail !== undefined) detail = newDetail;
    report();
  };

  return {
    tick: (amount = 1, newDetail) => update(done + amount, newDetail),
    update,
    finish: (summary) => {
      if (finished) return;
      finished = true;
      const elapsed = formatDuration((now() - started) / 1000);
      const text = `${options.label} · ${summary ?? `done: ${formatCount(done)}${unit}`} in ${elapsed}`;
      if (tty) {
        redrawLine(stream, text);
        stream.write("\n");
      } else {
        stream.write(`${text}\n`);
      }
    },
  };
}
