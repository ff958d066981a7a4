import type { VerticalSummary } from "@verticals/ui/summary";
import { compareQuality } from "../src/verticals/quality";

/** Model (blue) and baseline (orange) as two bars on one scale, with the gain in words underneath. */
export function QualityBars({ quality }: { quality: VerticalSummary["quality"] }) {
  const comparison = compareQuality(quality);
  const direction = quality.higherIsBetter ? "higher is better" : "lower is better";
  return (
    <figure className="portal-quality" data-testid="quality" data-better={comparison.better ? "yes" : "no"}>
      <figcaption className="portal-quality__caption">
        <span className="portal-quality__metric">{quality.metric}</span>
        <span className="portal-quality__hint">
          {direction} · {quality.split}
        </span>
      </figcaption>
      <div className="portal-quality__row">
        <span className="portal-quality__name">Model</span>
        <span className="portal-quality__track" aria-hidden="true">
          <span className="portal-quality__bar portal-quality__bar--model" style={{ width: `${(comparison.modelShare * 100).toFixed(1)}%` }} />
        </span>
        <span className="portal-quality__value vx-mono" data-testid="quality-model">
          {comparison.modelText}
        </span>
      </div>
      <div className="portal-quality__row">
        <span className="portal-quality__name" title={quality.baselineName}>
          Baseline
        </span>
        <span className="portal-quality__track" aria-hidden="true">
          <span className="portal-quality__bar portal-quality__bar--baseline" style={{ width: `${(comparison.baselineShare * 100).toFixed(1)}%` }} />
        </span>
        <span className="portal-quality__value vx-mono" data-testid="quality-baseline">
          {comparison.baselineText}
        </span>
      </div>
      <div className={`portal-quality__gain vx-delta vx-delta--${comparison.tone}`} data-testid="quality-gain">
        <span aria-hidden="true">{comparison.tone === "good" ? "▲" : comparison.tone === "bad" ? "▼" : "■"}</span> {comparison.gainText}
      </div>
    </figure>
  );
}
