// The palette, shared by charts (which need literal colours for SVG attributes) and mirrored as CSS
// variables in styles.css (a test keeps the two in step). Model and baseline keep the same two colours
// everywhere: blue for the model, orange for the plain baseline (a pair that colour-blind readers can tell apart).

export const palette = {
  model: "#4353c9",
  modelSoft: "#e8ebfa",
  baseline: "#c2610c",
  baselineSoft: "#fbeee2",
  actual: "#1f2430",
  text: "#1b1f29",
  muted: "#5f6776",
  subtle: "#6e7684",
  grid: "#eceef2",
  axis: "#d5d9e0",
  reference: "#9aa2ae",
  good: "#1a7f4b",
  bad: "#c23a32",
  warn: "#b7791f",
  neutral: "#5f6776",
} as const;

/** Colours for further series (classes, segments), after model and baseline. */
export const categorical = ["#4353c9", "#c2610c", "#0f8a7e", "#c2417a", "#64748b", "#7c5cc4", "#2f855a", "#b7791f"] as const;

/** Two-class pair for "negative vs positive" distributions (e.g. legitimate vs fraud). */
export const classColors = { negative: "#64748b", positive: "#c2417a" } as const;

export type SeriesRole = "model" | "baseline" | "actual" | "other";
export type Tone = "good" | "bad" | "warn" | "neutral";

/** The colour of a series: explicit colour first, then its role, then the categorical palette by index. */
export function seriesColor(series: { color?: string; role?: SeriesRole }, index: number): string {
  if (series.color) return series.color;
  if (series.role === "model") return palette.model;
  if (series.role === "baseline") return palette.baseline;
  if (series.role === "actual") return palette.actual;
  return categorical[(index + 2) % categorical.length]!;
}

export const toneColor: Record<Tone, string> = {
  good: palette.good,
  bad: palette.bad,
  warn: palette.warn,
  neutral: palette.neutral,
};
