// The model card: intended use, data with its provenance, metrics against the baseline, limitations and the
// subgroup caveats a reader of the numbers must know.
import type { BackendInfo, ModelCard } from "@verticals/core";
import type { TriageConfig } from "./config";
import type { TriageDataset } from "./dataset";
import type { FittedTriage } from "./fit";
import type { ModelReport } from "./report";

export const INTENDED_USE =
  "Demonstration of AI-assisted worklist prioritisation: order frontal chest X-ray studies so that likely pneumonia is read first, " +
  "and show the reader where the model looked. Every study is still read by a radiologist. Not a medical device; not for diagnosis or treatment decisions.";

/** Limitations and subgroup caveats, with the numbers of the data the model was actually trained on. */
export function limitations(data: TriageDataset): string[] {
  const positives = data.train.labels.reduce((sum, label) => sum + label, 0);
  const share = Math.round((100 * positives) / data.train.count);
  return [
    ...(data.provenance.kind === "synthetic"
      ? ["Trained and measured on SYNTHETIC look-alike images: the numbers say nothing about real radiographs. Run `pnpm verticals data --fetch` or point --data-dir at the real PneumoniaMNIST for meaningful figures."]
      : []),
    "Trained on 28x28 thumbnails: fine findings (small consolidations, lines and tubes, subtle effusions) are invisible at this resolution.",
    "PneumoniaMNIST holds pediatric patients (about 1-5 years) from a single centre in Guangzhou (Kermany et al. 2018): adults, other hospitals, scanners and exposure protocols may behave very differently.",
    "Two labels only (pneumonia vs normal): other abnormalities are not detected and may be scored as either; bacterial and viral pneumonia are not distinguished.",
    `Pneumonia is ${share}% of the ${data.train.count} training images, far above most clinical worklists: at a lower prevalence the share of flagged studies that truly have pneumonia (PPV) drops.`,
    `Calibration and the operating threshold were fitted on the ${data.val.count} validation images; they drift when the population or acquisition changes and must be re-checked locally.`,
    "Subgroups: MedMNIST carries no age, sex, ethnicity or device fields, so performance by subgroup cannot be measured here; the figures are averages over one pediatric population.",
    "Heatmaps (Grad-CAM on a 7x7 grid) show which regions raised the score, not a segmentation of disease; they can highlight markers, borders or text.",
  ];
}

export interface CardInputs {
  version: string;
  data: TriageDataset;
  config: TriageConfig;
  fitted: FittedTriage;
  reports: Record<string, ModelReport>;
  split: "val" | "test";
  backend: BackendInfo;
  note?: string;
}

export function buildModelCard({ version, data, config, fitted, reports, split, backend, note }: CardInputs): ModelCard {
  const cnn = reports.cnn!;
  const baseline = reports.baseline!;
  const pick = (r: ModelReport) => ({
    auc: r.auc,
    accuracy: r.accuracy,
    sensitivity: r.sensitivity,
    specificity: r.specificity,
    accuracy_at_0_5: r.accuracy_at_0_5,
    ece: r.ece,
    brier: r.brier,
  });
  const { model, augment } = config.train;
  return {
    name: "Triage CNN: pneumonia on frontal chest X-rays",
    version,
    createdAt: new Date().toISOString(),
    task: "Binary classification of 28x28 frontal chest radiographs (pneumonia vs normal) to order a reading worklist",
    description:
      `A ${model.filters.join("-")} filter VGG-style convolutional network (batch norm, global average pooling) trained on ${data.train.count} images with ` +
      `rotation, shift, zoom, brightness and contrast augmentation; epochs chosen on validation ROC-AUC; probabilities Platt-calibrated on validation; ` +
      `flagged when the calibrated probability reaches ${cnn.threshold.toFixed(3)}, the highest threshold reaching ${(config.targetSensitivity * 100).toFixed(0)}% sensitivity on validation.`,
    intendedUse: INTENDED_USE,
    limitations: limitations(data),
    data: {
      dataset: "pneumoniamnist",
      provenance: data.provenance,
      rows: { train: data.train.count, validation: data.val.count, test: data.test?.count ?? 0 },
      split:
        split === "test"
          ? "The file's train/val/test splits: trained on train, epochs/calibration/threshold chosen on val, metrics on test"
          : `The file's splits, without test: trained on train, tuned on val, metrics on val (threshold and calibration figures 2-fold cross-fitted). ${note ?? ""}`.trim(),
    },
    metrics: pick(cnn),
    baseline: { name: `Logistic regression on the 784 pixels (L2 ${fitted.baseline.l2})`, metrics: pick(baseline) },
    backend,
    trainSeconds: fitted.seconds,
    hyperparameters: {
      filters: model.filters.join("-"),
      dropout: model.dropout,
      learningRate: model.learningRate,
      l2: model.l2,
      batchSize: config.train.batchSize,
      maxEpochs: config.train.maxEpochs,
      epochsRun: fitted.network.epochs.length,
      bestEpoch: fitted.network.bestEpoch,
      rotationDegrees: augment.rotationDegrees,
      shift: augment.shift,
      zoom: augment.zoom,
      brightness: augment.brightness,
      contrast: augment.contrast,
      horizontalFlip: augment.horizontalFlip,
      calibration: "platt",
    },
    seed: config.train.seed,
    threshold: { probability: cnn.threshold, targetSensitivity: config.targetSensitivity, chosenOn: "val" },
    operatingPoint: { split, sensitivity: cnn.sensitivity, specificity: cnn.specificity, accuracy: cnn.accuracy, precision: cnn.precision },
    extra: { reportSplit: split, saliency: "grad-cam", cnnSeconds: fitted.network.seconds, baselineSeconds: fitted.baseline.seconds },
  };
}
