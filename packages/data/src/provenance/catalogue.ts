import type { DatasetKey } from "../datasets/dataset-keys";
import type { Provenance } from "./provenance-schema";

export interface CatalogueEntry {
  name: string;
  publisher: string;
  citation: string;
  licence: string;
  /** Original public location. */
  source: string;
  /** What a user must know before trusting numbers computed on it. */
  note: string;
}

// Taken from ../shared/datasets/*/SOURCE.md; these are the credits shown wherever the data is.
export const DATASET_CATALOGUE: Readonly<Record<DatasetKey, CatalogueEntry>> = {
  creditcard: {
    name: "Credit Card Fraud Detection (ULB)",
    publisher: "Machine Learning Group, Université Libre de Bruxelles, with Worldline",
    citation:
      "Andrea Dal Pozzolo, Olivier Caelen, Reid A. Johnson, Gianluca Bontempi. Calibrating Probability with Undersampling for Unbalanced Classification. IEEE Symposium on Computational Intelligence and Data Mining (CIDM), 2015.",
    licence: "Open Database License (ODbL) v1.0",
    source: "https://www.kaggle.com/datasets/mlg-ulb/creditcardfraud",
    note:
      "Real card transactions by European cardholders, September 2013; V1..V28 are PCA components. The full file has 284,807 rows and 492 frauds (0.17%); the copy in shared/datasets is a real row subset (3,336 rows, 365 frauds, 11% fraud, legitimate rows from the first hour only, so Time must not be a feature).",
  },
  ai4i2020: {
    name: "AI4I 2020 Predictive Maintenance Dataset",
    publisher: "Stephan Matzka, UCI Machine Learning Repository (dataset 601)",
    citation:
      "Stephan Matzka. Explainable Artificial Intelligence for Predictive Maintenance Applications. 2020 Third International Conference on Artificial Intelligence for Industries (AI4I), IEEE, pp. 69-74. Dataset DOI 10.24432/C5HS5C.",
    licence: "CC BY 4.0",
    source: "https://archive.ics.uci.edu/dataset/601/ai4i+2020+predictive+maintenance+dataset",
    note:
      "UCI itself describes AI4I 2020 as a synthetic dataset that reflects real predictive maintenance data; it is the standard public benchmark, not measured factory data. 10,000 rows, 339 machine failures.",
  },
  cmapss: {
    name: "NASA C-MAPSS Turbofan Engine Degradation Simulation (FD001)",
    publisher: "NASA Ames Prognostics Center of Excellence",
    citation:
      "A. Saxena, K. Goebel, D. Simon, N. Eklund. Damage Propagation Modeling for Aircraft Engine Run-to-Failure Simulation. Proc. 1st International Conference on Prognostics and Health Management (PHM08), Denver CO, 2008.",
    licence: "US Government work (NASA), public domain in the US",
    source: "https://www.nasa.gov/intelligent-systems-division/discovery-and-systems-health/pcoe/pcoe-data-set-repository/",
    note:
      "Simulated run-to-failure trajectories from NASA's C-MAPSS engine model, not fleet telemetry. FD001: one operating condition, one fault mode (HPC degradation); 100 training engines, 20,631 cycles.",
  },
  pneumoniamnist: {
    name: "PneumoniaMNIST (MedMNIST v2)",
    publisher: "MedMNIST (Yang et al.); source images Kermany et al., Guangzhou Women and Children's Medical Center",
    citation:
      "Jiancheng Yang, Rui Shi, Donglai Wei, Zequan Liu, Lin Zhao, Bilian Ke, Hanspeter Pfister, Bingbing Ni. MedMNIST v2 - A large-scale lightweight benchmark for 2D and 3D biomedical image classification. Scientific Data 10, 41 (2023). Source images: Kermany D.S. et al., Cell 172(5):1122-1131 (2018).",
    licence: "CC BY 4.0",
    source: "https://zenodo.org/records/10519652",
    note:
      "Real pediatric chest X-rays, 28x28, labels 0 = normal, 1 = pneumonia; official splits train 4,708 / val 524 / test 624. Not for clinical use.",
  },
  m5: {
    name: "M5 Forecasting (Walmart unit sales)",
    publisher: "Makridakis Open Forecasting Center (University of Nicosia), data provided by Walmart",
    citation:
      "Spyros Makridakis, Evangelos Spiliotis, Vassilios Assimakopoulos. The M5 accuracy competition: Results, findings, and conclusions. International Journal of Forecasting 38(4):1346-1364 (2022), doi:10.1016/j.ijforecast.2021.10.009. Subset: Joachimiak K. (2022), m5: 'M5 Forecasting' Challenges Data, R package v0.1.1.",
    licence: "Kaggle M5 competition data rules (not verified offline): research/demo use with attribution, no resale",
    source: "https://www.kaggle.com/competitions/m5-forecasting-accuracy/data",
    note:
      "Real Walmart daily unit sales with calendar, events, SNAP days and weekly prices. The copy in shared/datasets is the tiny_m5 subset: 28 items x 10 stores = 280 series, d_1..d_1885. M5 has no promotion flag.",
  },
};

/** Provenance of a folder holding the real public dataset (no PROVENANCE.json). */
export function realProvenance(key: DatasetKey): Provenance {
  const entry = DATASET_CATALOGUE[key];
  return {
    kind: "real",
    dataset: key,
    name: entry.name,
    citation: entry.citation,
    licence: entry.licence,
    source: entry.source,
    note: entry.note,
  };
}
