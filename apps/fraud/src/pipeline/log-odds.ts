// Probabilities as log-odds, for histograms and threshold grids that must resolve both 0.1% and 99.9%.
// No imports, so the dashboard's client-side charts use the same scale as the evaluation report.

export const logit = (p: number) => Math.log(p / (1 - p));
export const fromLogit = (z: number) => 1 / (1 + Math.exp(-z));

/** The probability range threshold grids and charts cover: 0.01% to 99.99%, in log-odds. */
export const LOGIT_RANGE: readonly [number, number] = [logit(0.0001), logit(0.9999)];
