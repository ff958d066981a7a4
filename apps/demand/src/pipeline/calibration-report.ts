// Accuracy of the trained model on its calibration window (the last days of history, never trained on), for the
// model card and dashboard. The point forecasts there are out of sample; so that the band coverage is too, bands
// on even days ahead use dispersions fitted on odd days and vice versa (interleaved, so near and far days weigh
// the same in both halves).
import { backtest, type BacktestReport } from "./backtest";
import type { DemandData } from "./dataset";
import { bandsFor, type ModelForecast } from "./forecast";
import { fitDispersionFactors } from "./intervals";
import { fitLevelDispersion, type CalibrationWindow } from "./train";

export function calibrationBacktest(data: DemandData, window: CalibrationWindow, horizon: number): BacktestReport {
  const actuals = data.sales.map((y) => y.subarray(window.origin, window.origin + horizon));
  const notChristmas = (h: number) => !data.calendar.eventName[window.origin + h]!.includes("Christmas");
  const input = { means: window.means, alphas: window.alphas, actuals, classes: window.classes, horizon, useDay: notChristmas };
  const parity = (p: number) => (h: number) => h % 2 === p;
  const factors = [fitDispersionFactors(input, parity(0)), fitDispersionFactors(input, parity(1))];
  const levels = [0, 1].map((p) => fitLevelDispersion(data, window.means, window.origin, horizon, (h) => parity(p)(h) && notChristmas(h)));
  const other = (h: number) => 1 - (h % 2);
  const forecast: ModelForecast = {
    name: "model",
    origin: window.origin,
    horizon,
    classes: window.classes,
    series: window.means.map((mean, i) => bandsFor(mean, (h) => factors[other(h)]![window.classes[i]!] * window.alphas[i]![h]!)),
  };
  return backtest({ data, forecast, levelDispersion: (level, h) => levels[other(h)]![level] });
}
