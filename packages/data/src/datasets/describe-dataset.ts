// A first look at a dataset, in a few plain lines: what a workshop's "load and look at the data" step
// prints, and what an analyst checks before training (size, class balance, span, sparsity).
import { AI4I_FAILURE_MODES, AI4I_TYPES, loadAi4i2020 } from "../loaders/ai4i2020";
import { loadCmapss } from "../loaders/cmapss";
import { loadCreditcard } from "../loaders/creditcard";
import { loadM5 } from "../loaders/m5/m5";
import { MEDMNIST_SPLITS, loadMedmnist } from "../loaders/medmnist";
import { readProvenance } from "../provenance/read-provenance";
import { datasetDir } from "./data-root";
import { type DatasetKey } from "./dataset-keys";

export interface DatasetDescription {
  key: DatasetKey;
  /** e.g. "real · ULB Credit Card Fraud Detection" or "SYNTHETIC · ..." */
  source: string;
  lines: string[];
}

const count = (n: number) => n.toLocaleString("en-US");
const share = (part: number, whole: number) => (whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(part / whole < 0.01 ? 3 : 1)}%`);

function quantile(values: ArrayLike<number>, q: number): number {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Loads the dataset `key` from its folder under `dataRoot` and summarises it. */
export async function describeDataset(key: DatasetKey, dataRoot: string): Promise<DatasetDescription> {
  const dir = datasetDir(dataRoot, key);
  const provenance = await readProvenance(key, dir);
  const source = `${provenance.kind === "synthetic" ? "SYNTHETIC" : "real"} · ${provenance.name}`;
  return { key, source, lines: await describeLines(key, dir) };
}

async function describeLines(key: DatasetKey, dir: string): Promise<string[]> {
  switch (key) {
    case "creditcard": {
      const data = await loadCreditcard(dir);
      const hours = (quantile(data.columns.Time, 1) - quantile(data.columns.Time, 0)) / 3600;
      return [
        `${count(data.rowCount)} transactions × ${data.featureNames.length} features (Time, V1..V28 from PCA, Amount)`,
        `frauds: ${count(data.positiveCount)} (${share(data.positiveCount, data.rowCount)})${data.positiveCount / data.rowCount < 0.02 ? ": a needle in a haystack, so accuracy means little" : ""}`,
        `amount: median ${quantile(data.columns.Amount, 0.5).toFixed(2)}, 99th percentile ${quantile(data.columns.Amount, 0.99).toFixed(2)}`,
        `time span: ${hours.toFixed(1)} hours`,
      ];
    }
    case "ai4i2020": {
      const data = await loadAi4i2020(dir);
      const modes = AI4I_FAILURE_MODES.map((mode) => `${mode} ${data.failureModes[mode].reduce((a, b) => a + b, 0)}`);
      const types = AI4I_TYPES.map((type, index) => `${type} ${count(data.type.filter((t) => t === index).length)}`);
      return [
        `${count(data.rowCount)} machine readings (air/process temperature, speed, torque, tool wear) with product type`,
        `failures: ${count(data.failureCount)} (${share(data.failureCount, data.rowCount)}); by mode: ${modes.join(", ")}`,
        `product types: ${types.join(", ")}`,
      ];
    }
    case "cmapss": {
      const data = await loadCmapss(dir);
      const lengths = data.train.units.length;
      const lines = [
        `${lengths.length} training engines run to failure, ${count(data.train.rowCount)} cycles in all, 3 settings + 21 sensors per cycle`,
        `engine life in cycles: shortest ${quantile(lengths, 0)}, median ${quantile(lengths, 0.5)}, longest ${quantile(lengths, 1)}`,
      ];
      if (data.test && data.rul) lines.push(`official test: ${data.test.units.length} engines cut short, true RUL given for each`);
      else lines.push("no official test files here: evaluation holds engines out and cuts them short the same way");
      return lines;
    }
    case "pneumoniamnist": {
      const data = await loadMedmnist(dir);
      const lines = MEDMNIST_SPLITS.flatMap((name) => {
        const split = data[name];
        if (!split) return [`${name}: absent (kept aside for independent evaluation)`];
        return [`${name}: ${count(split.count)} images ${split.height}×${split.width}, pneumonia ${share(split.labelCounts[1] ?? 0, split.count)}`];
      });
      return ["chest X-ray thumbnails, label 1 = pneumonia, 0 = normal", ...lines];
    }
    case "m5": {
      const data = await loadM5(dir);
      let zeros = 0;
      for (const units of data.sales) if (units === 0) zeros += 1;
      const firstDate = data.calendar.date[data.firstDay - 1] ?? "?";
      const lastDate = data.calendar.date[data.firstDay - 2 + data.dayCount] ?? "?";
      return [
        `${count(data.seriesCount)} item × store series over ${count(data.dayCount)} days (${firstDate} to ${lastDate})`,
        `${new Set(data.series.itemId).size} items, ${new Set(data.series.storeId).size} stores, ${new Set(data.series.stateId).size} states, ${new Set(data.series.catId).size} categories`,
        `days with zero sales: ${share(zeros, data.sales.length)}: many series are intermittent`,
      ];
    }
  }
}
