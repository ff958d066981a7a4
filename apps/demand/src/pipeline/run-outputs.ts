// What one forecasting run publishes, computed by the saved network from the end of a history: forecasts ahead,
// the backtest of the last history days, and everything the store needs to show them (used by `seed` and by the
// dashboard's re-forecast after an upload).
import { describeBackend } from "@verticals/core";
import { modelVersion, type LoadedDemandArtifact } from "./artifact";
import { assertHorizonCovered, type DemandData } from "./dataset";
import type { DemandClass } from "./demand-class";
import type { SeriesForecast } from "./forecast-set";
import type { HierarchyLevel } from "./hierarchy";
import type { Dispersion } from "./intervals";
import { featureContext } from "./features";
import { bandsFor, forecastAll } from "./forecast";
import type { OrderPolicy } from "./orders";
import { calibratedAlpha, classesAt, predictPaths } from "./train";

export interface RunOutputs {
  /** The run's description as the store records it. */
  run: { modelVersion: string; trainedAt: Date; backend: string; trainSeconds: number; dataKind: string; dataName: string; metrics: unknown; card: unknown };
  data: DemandData;
  horizon: number;
  dispersion: Dispersion;
  levelDispersion: Record<HierarchyLevel, number>;
  /** Forecast after the last history day (origin = data.days). */
  ahead: { series: SeriesForecast[]; classes: DemandClass[] };
  /** Forecast of the last `horizon` history days, made before them. */
  backtest: { origin: number; series: SeriesForecast[] };
  policy: OrderPolicy;
}

/** Everything a run shows, forecast by the saved network from the end of `data`'s history. */
export function runOutputs(artifact: LoadedDemandArtifact, data: DemandData, policy: OrderPolicy): RunOutputs {
  const forecaster = artifact.forecaster;
  if (!forecaster) throw new Error("runOutputs: the artifact was loaded without its network");
  const { horizon } = forecaster;
  assertHorizonCovered(data, horizon);
  const features = featureContext(data, forecaster.codes);
  const ahead = forecastAll(forecaster, data, data.days, features);
  const backOrigin = data.days - horizon;
  const back = predictPaths(forecaster, features, backOrigin);
  const backClasses = classesAt(data, backOrigin);
  return {
    run: {
      modelVersion: modelVersion(artifact.fingerprint),
      trainedAt: new Date(artifact.card.createdAt),
      backend: describeBackend(artifact.card.backend),
      trainSeconds: artifact.card.trainSeconds,
      dataKind: data.provenance.kind,
      dataName: data.provenance.name,
      metrics: artifact.evaluation,
      card: artifact.card,
    },
    data,
    horizon,
    dispersion: forecaster.dispersion,
    levelDispersion: forecaster.levelDispersion,
    ahead: { series: ahead.series, classes: ahead.classes },
    backtest: { origin: backOrigin, series: back.means.map((mean, i) => bandsFor(mean, (h) => calibratedAlpha(forecaster.dispersion, backClasses[i]!, back.alphas[i]![h]!))) },
    policy,
  };
}

