// @verticals/ui: dashboard shell and components. Props are plain data; nothing here knows about ML or stores.
// Client components (charts, slider, table, heatmap) carry "use client" in their own files.

// Formatting and palette
export {
  MISSING,
  formatCompact,
  formatDate,
  formatDateShort,
  formatDuration,
  formatInteger,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPercentPoints,
  formatValue,
  toFormatter,
  type FormatInput,
  type FormatKind,
  type FormatSpec,
  type Formatter,
} from "./format";
export { categorical, classColors, palette, seriesColor, toneColor, type SeriesRole, type Tone } from "./theme";

// Shell
export { AppShell, type AppShellProps } from "./shell/AppShell";
export { NavLinks, type NavItem } from "./shell/NavLinks";
export { PageHeader, type PageHeaderProps } from "./shell/PageHeader";
export { Section, type SectionProps } from "./shell/Section";
export { Card, type CardProps } from "./shell/Card";
export { Grid, type GridProps } from "./shell/Grid";

// KPIs
export { KpiCard, deltaTone, type KpiCardProps, type KpiDelta } from "./kpi/KpiCard";
export { KpiGrid } from "./kpi/KpiGrid";

// Charts
export { ChartFrame, ChartLegend, type ChartFrameProps, type LegendItem } from "./charts/ChartFrame";
export { LineChart, type LineChartProps, type LineSeries } from "./charts/LineChart";
export { IntervalChart, type ForecastPoint, type IntervalChartProps } from "./charts/IntervalChart";
export { CurveChart, type Curve, type CurveChartProps } from "./charts/CurveChart";
export { Histogram, histogramRows, type HistogramProps, type HistogramSeries } from "./charts/Histogram";
export { BarChart, type BarChartProps, type BarSeries } from "./charts/BarChart";
export { ReliabilityDiagram, type ReliabilityBin, type ReliabilityDiagramProps } from "./charts/ReliabilityDiagram";
export { ConfusionMatrix, confusionCells, type ConfusionMatrixProps } from "./charts/ConfusionMatrix";
export { Sparkline, sparklinePath, type SparklineProps } from "./charts/Sparkline";
export { Gauge, HealthBadge, bandFor, defaultHealthBands, type GaugeBand, type GaugeProps } from "./charts/Gauge";
export { binValues, toShares, valueDomain, type Binned } from "./charts/binValues";
export { thinCurve, type CurvePoint } from "./charts/thinCurve";
export type { XValue } from "./charts/mergeByX";
export { HeatmapOverlay, type HeatmapOverlayProps } from "./heatmap/HeatmapOverlay";
export { INFERNO, colorAt, greyToRGBA, heatDomain, heatToRGBA, type GreyImage, type HeatGrid } from "./heatmap/colormap";

// Interaction
export { Slider, type SliderProps } from "./controls/Slider";
export { SortableTable, type Column, type Row, type SortableTableProps } from "./table/SortableTable";
export { compareValues, fillTemplate, sortRows, type CellValue, type SortDirection } from "./table/sortRows";

// Trust
export { ProvenanceBadge, SYNTHETIC_TEXT, type ProvenanceBadgeProps } from "./trust/ProvenanceBadge";
export { BackendBadge, backendText, type BackendBadgeProps } from "./trust/BackendBadge";
export { ModelCardView, betterSide, type ModelCardMetric, type ModelCardViewProps } from "./trust/ModelCardView";
export { DisclaimerBanner, type DisclaimerBannerProps } from "./trust/DisclaimerBanner";

// States
export { LoadingState, type LoadingStateProps } from "./states/LoadingState";
export { ErrorState, type ErrorStateProps } from "./states/ErrorState";
export { EmptyState, type EmptyStateProps } from "./states/EmptyState";
