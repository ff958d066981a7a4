// Two panels on one log-odds probability axis: where legitimate transactions and frauds score (each class
// scaled to 100%), and what every threshold would cost per 1,000 transactions. Plain SVG: renders on the
// server and redraws instantly as the slider moves.
import { palette, classColors } from "@verticals/ui";
import { formatProbability } from "../../../src/dashboard/format";
import { logitScale, PROBABILITY_TICKS, tickLabel } from "./logit-scale";

export interface ThresholdChartProps {
  edges: number[];
  legitimate: number[];
  fraud: number[];
  /** Expected cost per 1,000 transactions at each grid threshold. */
  cost: Array<{ threshold: number; value: number }>;
  threshold: number;
  /** The cost-optimal threshold chosen at training. */
  chosen: number;
  block: number;
  currency?: string;
  testId?: string;
}

const W = 820;
const H = 360;
const LEFT = 64;
const RIGHT = 800;
const TOP = { y0: 18, y1: 178 };
const BOTTOM = { y0: 218, y1: 318 };

function shares(counts: number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (total > 0 ? c / total : 0));
}

function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value) ?? 10;
  return step * magnitude;
}

export function ThresholdChart({ edges, legitimate, fraud, cost, threshold, chosen, block, currency = "€", testId }: ThresholdChartProps) {
  const x = logitScale(LEFT, RIGHT);
  const legit = shares(legitimate);
  const frauds = shares(fraud);
  // Square-root heights: the few scores between the two humps stay visible next to the humps themselves.
  const yMax = Math.max(...legit, ...frauds, 0.01);
  const yTop = (share: number) => TOP.y1 - Math.sqrt(share / yMax) * (TOP.y1 - TOP.y0);
  const area = (values: number[]) => {
    let d = `M ${x(edges[0]!)} ${TOP.y1}`;
    values.forEach((v, i) => {
      d += ` L ${x(edges[i]!)} ${yTop(v)} L ${x(edges[i + 1]!)} ${yTop(v)}`;
    });
    return `${d} L ${x(edges[edges.length - 1]!)} ${TOP.y1} Z`;
  };
  const costMax = niceMax(Math.max(...cost.map((c) => c.value), 1));
  const yCost = (v: number) => BOTTOM.y1 - (v / costMax) * (BOTTOM.y1 - BOTTOM.y0);
  const costPath = cost.map((c, i) => `${i === 0 ? "M" : "L"} ${x(c.threshold).toFixed(1)} ${yCost(c.value).toFixed(1)}`).join(" ");
  const marker = (p: number, color: string, dash: string | undefined, label: string, anchorTop: number) => (
    <g>
      <line x1={x(p)} x2={x(p)} y1={TOP.y0 - 4} y2={BOTTOM.y1} stroke={color} strokeWidth={1.6} strokeDasharray={dash} />
      <text x={x(p) + (x(p) > RIGHT - 140 ? -6 : 6)} y={anchorTop} fontSize={11.5} fill={color} textAnchor={x(p) > RIGHT - 140 ? "end" : "start"} fontWeight={600}>
        {label}
      </text>
    </g>
  );
  const gridShares = [0, 0.01, 0.1, 0.5].filter((v) => v <= yMax);
  return (
    <figure className="fraud-chart" data-testid={testId}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Score distribution by class and expected cost at each alert threshold">
        {/* axes and grid */}
        {gridShares.map((s) => (
          <g key={`gs${s}`}>
            <line x1={LEFT} x2={RIGHT} y1={yTop(s)} y2={yTop(s)} stroke={palette.grid} />
            <text x={LEFT - 8} y={yTop(s) + 4} fontSize={11} fill={palette.muted} textAnchor="end">
              {Math.round(s * 100)}%
            </text>
          </g>
        ))}
        {[0, costMax / 2, costMax].map((v) => (
          <g key={`gc${v}`}>
            <line x1={LEFT} x2={RIGHT} y1={yCost(v)} y2={yCost(v)} stroke={palette.grid} />
            <text x={LEFT - 8} y={yCost(v) + 4} fontSize={11} fill={palette.muted} textAnchor="end">
              {currency}
              {Math.round(v).toLocaleString("en-US")}
            </text>
          </g>
        ))}
        {PROBABILITY_TICKS.map((p) => (
          <g key={`t${p}`}>
            <line x1={x(p)} x2={x(p)} y1={BOTTOM.y1} y2={BOTTOM.y1 + 5} stroke={palette.axis} />
            <text x={x(p)} y={BOTTOM.y1 + 18} fontSize={11} fill={palette.muted} textAnchor="middle">
              {tickLabel(p)}
            </text>
          </g>
        ))}
        <text x={(LEFT + RIGHT) / 2} y={H - 6} fontSize={12} fill={palette.muted} textAnchor="middle">
          Fraud probability (log-odds scale) · alert when the score is at or right of the line
        </text>
        <text x={LEFT} y={10} fontSize={11.5} fill={palette.muted}>
          Share of each class&apos;s test transactions per score band (square-root scale)
        </text>
        <text x={LEFT} y={BOTTOM.y0 - 8} fontSize={11.5} fill={palette.muted}>
          Expected cost per 1,000 transactions (missed frauds + reviews of legitimate ones)
        </text>
        {/* distributions */}
        <path d={area(legit)} fill={classColors.negative} fillOpacity={0.22} stroke={classColors.negative} strokeWidth={1.4} />
        <path d={area(frauds)} fill={classColors.positive} fillOpacity={0.22} stroke={classColors.positive} strokeWidth={1.4} />
        {/* cost curve */}
        <path d={costPath} fill="none" stroke={palette.model} strokeWidth={2} />
        {Math.abs(x(chosen) - x(threshold)) > 1 ? marker(chosen, palette.model, "5 4", `cost-optimal ${formatProbability(chosen)}`, TOP.y0 + 26) : null}
        {block < 1 ? marker(block, palette.bad, "2 3", `block ≥ ${formatProbability(block)}`, TOP.y0 + 44) : null}
        {marker(threshold, palette.text, undefined, `alert ≥ ${formatProbability(threshold)}${Math.abs(x(chosen) - x(threshold)) > 1 ? "" : " (cost-optimal)"}`, TOP.y0 + 8)}
      </svg>
      <figcaption className="fraud-legend">
        <span>
          <i style={{ background: classColors.negative }} /> Legitimate
        </span>
        <span>
          <i style={{ background: classColors.positive }} /> Fraud
        </span>
        <span>
          <i style={{ background: palette.model, height: 3 }} /> Expected cost
        </span>
      </figcaption>
    </figure>
  );
}
