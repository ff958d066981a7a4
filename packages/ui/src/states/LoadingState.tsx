export interface LoadingStateProps {
  label?: string;
  /** Skeleton layout: KPI cards plus a chart ("dashboard"), a block of text lines, or a table. */
  variant?: "dashboard" | "lines" | "table";
}

/** Skeleton placeholder shaped like what is coming, announced politely to screen readers. */
export function LoadingState({ label = "Loading…", variant = "dashboard" }: LoadingStateProps) {
  return (
    <div className="vx-loading" role="status" aria-live="polite" aria-busy="true">
      <span className="vx-visually-hidden">{label}</span>
      {variant === "dashboard" ? (
        <>
          <div className="vx-kpi-grid">
            {[0, 1, 2, 3].map((i) => (
              <div key={i} className="vx-skeleton vx-skeleton--kpi" />
            ))}
          </div>
          <div className="vx-skeleton vx-skeleton--chart" />
        </>
      ) : variant === "table" ? (
        [0, 1, 2, 3, 4, 5].map((i) => <div key={i} className="vx-skeleton vx-skeleton--row" />)
      ) : (
        [90, 75, 82, 60].map((width) => <div key={width} className="vx-skeleton vx-skeleton--line" style={{ width: `${width}%` }} />)
      )}
    </div>
  );
}
