import { cx } from "../cx";
import { formatDate, formatDuration, formatValue, type FormatSpec } from "../format";
import { BackendBadge, type BackendBadgeProps } from "./BackendBadge";
import { ProvenanceBadge, type ProvenanceBadgeProps } from "./ProvenanceBadge";

export interface ModelCardMetric {
  name: string;
  model: number | null;
  baseline: number | null;
  /** Default true (AUC, recall); false for errors and costs (MAE, false alarms). */
  higherIsBetter?: boolean;
  format?: FormatSpec;
  help?: string;
}

export interface ModelCardViewProps {
  title: string;
  version: string;
  /** ISO date or epoch ms of training. */
  date: string | number;
  task: string;
  description: string;
  intendedUse: string;
  limitations: string[];
  data: {
    provenance: ProvenanceBadgeProps;
    summary?: string;
    rows?: number;
    features?: number;
  };
  /** e.g. "Time-ordered: first 80% train, last 20% test" or { train, validation, test } row counts. */
  split: string | { train: number; validation?: number; test: number };
  metrics: ModelCardMetric[];
  modelName?: string;
  baselineName?: string;
  backend?: BackendBadgeProps | string;
  trainingTimeMs?: number;
  hyperparameters?: Record<string, string | number | boolean>;
  testId?: string;
}

/** Which side wins a metric; ties and missing values name no winner. Exported for tests. */
export function betterSide(metric: ModelCardMetric): "model" | "baseline" | "tie" {
  const { model, baseline } = metric;
  if (model === null || baseline === null || !Number.isFinite(model) || !Number.isFinite(baseline) || model === baseline) return "tie";
  const modelHigher = model > baseline;
  return modelHigher === (metric.higherIsBetter ?? true) ? "model" : "baseline";
}

function splitText(split: ModelCardViewProps["split"]): string {
  if (typeof split === "string") return split;
  const parts = [`train ${formatValue(split.train, "integer")}`];
  if (split.validation !== undefined) parts.push(`validation ${formatValue(split.validation, "integer")}`);
  parts.push(`test ${formatValue(split.test, "integer")}`);
  return parts.join(" · ") + " rows";
}

/** The model card as a page section: what the model does, on what data, how it compares, how it was trained. */
export function ModelCardView(props: ModelCardViewProps) {
  const { modelName = "Model", baselineName = "Baseline" } = props;
  const hyper = Object.entries(props.hyperparameters ?? {});
  return (
    <article className="vx-model-card" data-testid={props.testId}>
      <header className="vx-model-card__header">
        <div>
          <div className="vx-eyebrow">Model card</div>
          <h3 className="vx-model-card__title">{props.title}</h3>
          <p className="vx-model-card__task">{props.task}</p>
        </div>
        <div className="vx-model-card__meta">
          <span className="vx-pill vx-pill--neutral">v{props.version}</span>
          <span className="vx-model-card__date">Trained {formatDate(props.date)}</span>
        </div>
      </header>

      <div className="vx-model-card__grid">
        <div className="vx-model-card__col">
          <h4 className="vx-model-card__h">What it does</h4>
          <p>{props.description}</p>
          <h4 className="vx-model-card__h">Intended use</h4>
          <p>{props.intendedUse}</p>
          <h4 className="vx-model-card__h">Limitations</h4>
          <ul className="vx-model-card__list">
            {props.limitations.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
        <div className="vx-model-card__col">
          <h4 className="vx-model-card__h">Data</h4>
          <div className="vx-model-card__badge">
            <ProvenanceBadge {...props.data.provenance} />
          </div>
          {props.data.summary ? <p>{props.data.summary}</p> : null}
          <dl className="vx-dl">
            {props.data.rows !== undefined ? (
              <>
                <dt>Rows</dt>
                <dd>{formatValue(props.data.rows, "integer")}</dd>
              </>
            ) : null}
            {props.data.features !== undefined ? (
              <>
                <dt>Features</dt>
                <dd>{formatValue(props.data.features, "integer")}</dd>
              </>
            ) : null}
            <dt>Split</dt>
            <dd>{splitText(props.split)}</dd>
          </dl>
          <h4 className="vx-model-card__h">Training</h4>
          <dl className="vx-dl">
            {props.backend ? (
              <>
                <dt>Backend</dt>
                <dd>{typeof props.backend === "string" ? props.backend : <BackendBadge {...props.backend} />}</dd>
              </>
            ) : null}
            {props.trainingTimeMs !== undefined ? (
              <>
                <dt>Training time</dt>
                <dd>{formatDuration(props.trainingTimeMs)}</dd>
              </>
            ) : null}
            {hyper.map(([key, value]) => (
              <FragmentRow key={key} name={key} value={typeof value === "number" ? formatValue(value, "number") : String(value)} />
            ))}
          </dl>
        </div>
      </div>

      <h4 className="vx-model-card__h">Evaluation on held-out data</h4>
      <table className="vx-table vx-metrics-table">
        <thead>
          <tr>
            <th scope="col" className="vx-table__th vx-align-left">
              Metric
            </th>
            <th scope="col" className="vx-table__th vx-align-right">
              <span className="vx-swatch vx-swatch--box vx-swatch--model" aria-hidden="true" /> {modelName}
            </th>
            <th scope="col" className="vx-table__th vx-align-right">
              <span className="vx-swatch vx-swatch--box vx-swatch--baseline" aria-hidden="true" /> {baselineName}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.metrics.map((metric) => {
            const winner = betterSide(metric);
            const format = metric.format ?? "number";
            return (
              <tr key={metric.name}>
                <th scope="row" className="vx-table__td vx-align-left vx-metrics-table__name" title={metric.help}>
                  {metric.name}
                  <span className="vx-metrics-table__direction">{(metric.higherIsBetter ?? true) ? "higher is better" : "lower is better"}</span>
                </th>
                <td className={cx("vx-table__td vx-align-right", winner === "model" && "vx-better")} data-better={winner === "model" || undefined}>
                  {formatValue(metric.model, format)}
                  {winner === "model" ? <span className="vx-better__mark">better</span> : null}
                </td>
                <td className={cx("vx-table__td vx-align-right", winner === "baseline" && "vx-better")} data-better={winner === "baseline" || undefined}>
                  {formatValue(metric.baseline, format)}
                  {winner === "baseline" ? <span className="vx-better__mark">better</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </article>
  );
}

function FragmentRow({ name, value }: { name: string; value: string }) {
  return (
    <>
      <dt>{name}</dt>
      <dd className="vx-mono">{value}</dd>
    </>
  );
}
