export type ProvenanceBadgeProps =
  | {
      kind: "synthetic";
      /** What was generated, e.g. "Synthetic twin of the ULB credit-card data". */
      dataset?: string;
      /** How it was made (generator, seed). */
      note?: string;
    }
  | {
      kind: "real";
      /** Dataset name, e.g. "ULB Credit Card Fraud Detection". */
      dataset: string;
      citation?: string;
      licence?: string;
      url?: string;
      note?: string;
    };

export const SYNTHETIC_TEXT = "Synthetic data — generated for demonstration, not real";

/**
 * Where the numbers come from. Synthetic data gets a warning that cannot be missed; real data shows
 * its name, and its citation and licence on click (a <details>, so it works without JavaScript).
 */
export function ProvenanceBadge(props: ProvenanceBadgeProps) {
  if (props.kind === "synthetic") {
    return (
      <span className="vx-badge vx-badge--synthetic" role="status" title={[props.dataset, props.note].filter(Boolean).join(" · ") || undefined} data-provenance="synthetic">
        <span className="vx-badge__icon" aria-hidden="true">
          !
        </span>
        {SYNTHETIC_TEXT}
      </span>
    );
  }
  return (
    <details className="vx-provenance" data-provenance="real">
      <summary className="vx-badge vx-badge--real">
        <span className="vx-dot vx-dot--good" aria-hidden="true" />
        <span>
          Real data · <strong>{props.dataset}</strong>
        </span>
      </summary>
      <div className="vx-provenance__panel">
        <div className="vx-provenance__title">{props.dataset}</div>
        {props.citation ? (
          <p className="vx-provenance__row">
            <span className="vx-provenance__key">Citation</span>
            <span>{props.citation}</span>
          </p>
        ) : null}
        {props.licence ? (
          <p className="vx-provenance__row">
            <span className="vx-provenance__key">Licence</span>
            <span>{props.licence}</span>
          </p>
        ) : null}
        {props.url ? (
          <p className="vx-provenance__row">
            <span className="vx-provenance__key">Source</span>
            <a href={props.url} rel="noreferrer noopener" target="_blank">
              {props.url}
            </a>
          </p>
        ) : null}
        {props.note ? <p className="vx-provenance__note">{props.note}</p> : null}
      </div>
    </details>
  );
}
