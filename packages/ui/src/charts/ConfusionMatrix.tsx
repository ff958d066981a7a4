import { formatInteger, formatPercent } from "../format";

export interface ConfusionMatrixProps {
  tn: number;
  fp: number;
  fn: number;
  tp: number;
  /** Class names, e.g. { negative: "Legitimate", positive: "Fraud" }. */
  labels?: { negative: string; positive: string };
  caption?: string;
  testId?: string;
}

interface CellInfo {
  name: string;
  count: number;
  /** Share of the actual class (row-normalised). */
  rate: number;
  rateName: string;
  correct: boolean;
}

/** The four cells with their row-normalised rates (TPR, FNR, FPR, TNR). Exported for tests. */
export function confusionCells({ tn, fp, fn, tp }: Pick<ConfusionMatrixProps, "tn" | "fp" | "fn" | "tp">): { tn: CellInfo; fp: CellInfo; fn: CellInfo; tp: CellInfo } {
  for (const [name, value] of Object.entries({ tn, fp, fn, tp })) {
    if (!Number.isFinite(value) || value < 0) throw new Error(`ConfusionMatrix: ${name} must be a non-negative count, got ${value}`);
  }
  const negatives = tn + fp;
  const positives = tp + fn;
  const share = (n: number, d: number) => (d > 0 ? n / d : Number.NaN);
  return {
    tn: { name: "True negatives", count: tn, rate: share(tn, negatives), rateName: "specificity", correct: true },
    fp: { name: "False positives", count: fp, rate: share(fp, negatives), rateName: "false positive rate", correct: false },
    fn: { name: "False negatives", count: fn, rate: share(fn, positives), rateName: "miss rate", correct: false },
    tp: { name: "True positives", count: tp, rate: share(tp, positives), rateName: "recall", correct: true },
  };
}

function Cell({ cell }: { cell: CellInfo }) {
  // Tint strength follows the rate, so the eye lands on where most of each class ends up.
  const strength = Number.isFinite(cell.rate) ? 0.08 + 0.32 * cell.rate : 0;
  const tint = cell.correct ? `rgba(26, 127, 75, ${strength.toFixed(3)})` : `rgba(194, 58, 50, ${strength.toFixed(3)})`;
  return (
    <div className={`vx-cm__cell ${cell.correct ? "vx-cm__cell--correct" : "vx-cm__cell--error"}`} style={{ background: tint }}>
      <div className="vx-cm__count">{formatInteger(cell.count)}</div>
      <div className="vx-cm__name">{cell.name}</div>
      <div className="vx-cm__rate">
        {formatPercent(cell.rate)} {cell.rateName}
      </div>
    </div>
  );
}

/** 2x2 confusion matrix: rows are the actual class, columns the prediction. Plain HTML, renders on the server. */
export function ConfusionMatrix({ tn, fp, fn, tp, labels = { negative: "Negative", positive: "Positive" }, caption, testId }: ConfusionMatrixProps) {
  const cells = confusionCells({ tn, fp, fn, tp });
  return (
    <figure className="vx-cm" data-testid={testId} aria-label="Confusion matrix">
      <div className="vx-cm__grid">
        <div className="vx-cm__corner">
          <span>Actual ↓</span>
          <span>Predicted →</span>
        </div>
        <div className="vx-cm__head">{labels.negative}</div>
        <div className="vx-cm__head">{labels.positive}</div>
        <div className="vx-cm__side">{labels.negative}</div>
        <Cell cell={cells.tn} />
        <Cell cell={cells.fp} />
        <div className="vx-cm__side">{labels.positive}</div>
        <Cell cell={cells.fn} />
        <Cell cell={cells.tp} />
      </div>
      {caption ? <figcaption className="vx-chart__caption">{caption}</figcaption> : null}
    </figure>
  );
}
