// Summaries in the shape the apps serve, for the jest tests and the e2e fixture server.
import type { VerticalSummary } from "@verticals/ui/summary";

export function realSummary(app = "alpha"): VerticalSummary {
  return {
    app,
    purpose: "Scores every card payment for fraud and holds the riskiest for review.",
    kpis: [
      { label: "Frauds caught", value: 412, format: "integer", caption: "last 30 days" },
      { label: "Money saved", value: 183250.5, format: "money", currency: "EUR" },
      { label: "Alert precision", value: 0.874, format: "percent" },
    ],
    quality: { metric: "AUPRC", model: 0.842, baseline: 0.611, baselineName: "logistic regression", higherIsBetter: true, split: "time-ordered test 20%" },
    provenance: { kind: "real", dataset: "ULB Credit Card Fraud Detection", citation: "Dal Pozzolo et al., 2015", licence: "ODbL 1.0" },
    backend: "tfjs · wasm (SIMD)",
    modelVersion: "alpha-2026.11.03",
    updatedAt: "2026-11-03T10:15:00.000Z",
  };
}

export function syntheticSummary(app = "beta"): VerticalSummary {
  return {
    app,
    purpose: "Forecasts next month's demand for every product in every store.",
    kpis: [
      { label: "Series forecast", value: 3049, format: "integer" },
      { label: "Forecast error (WAPE)", value: 0.213, format: "percent" },
    ],
    quality: { metric: "WAPE", model: 0.213, baseline: 0.318, baselineName: "seasonal naive", higherIsBetter: false, split: "last 28 days" },
    provenance: { kind: "synthetic", dataset: "Synthetic twin of M5" },
    backend: "tfjs · cpu",
    modelVersion: "beta-2026.11.01",
    updatedAt: "2026-11-01T08:00:00.000Z",
  };
}
