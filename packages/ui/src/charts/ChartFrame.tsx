import type { ReactNode } from "react";

export interface LegendItem {
  label: string;
  color: string;
  /** Swatch shape: a line, a dashed line, a filled box (areas, bars) or a dot. */
  shape?: "line" | "dash" | "box" | "dot";
  /** Extra figure shown after the label, e.g. "AUC 0.974". */
  value?: string;
  /** Swatch opacity, to match translucent areas (bands). */
  opacity?: number;
}

export interface ChartFrameProps {
  /** Accessible name of the chart (what it shows, in words). */
  label: string;
  legend?: LegendItem[];
  height: number;
  /** Short note under the plot: data source, what the shading means. */
  caption?: ReactNode;
  /** Visually hidden text alternative, e.g. the key numbers the chart conveys. */
  summary?: string;
  testId?: string;
  children: ReactNode;
}

/** Legend, sized plot area and caption around a chart. The legend is HTML so it renders on the server too. */
export function ChartFrame({ label, legend, height, caption, summary, testId, children }: ChartFrameProps) {
  return (
    <figure className="vx-chart" aria-label={label} data-testid={testId}>
      {legend && legend.length > 0 ? <ChartLegend items={legend} /> : null}
      <div className="vx-chart__plot" style={{ height }}>
        {children}
      </div>
      {summary ? <p className="vx-visually-hidden">{summary}</p> : null}
      {caption ? <figcaption className="vx-chart__caption">{caption}</figcaption> : null}
    </figure>
  );
}

export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="vx-legend">
      {items.map((item) => (
        <li key={item.label} className="vx-legend__item">
          <span className={`vx-swatch vx-swatch--${item.shape ?? "line"}`} style={{ color: item.color, opacity: item.opacity }} aria-hidden="true" />
          <span className="vx-legend__label">{item.label}</span>
          {item.value ? <span className="vx-legend__value">{item.value}</span> : null}
        </li>
      ))}
    </ul>
  );
}
