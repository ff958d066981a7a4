// Count distributions for the forecast bands and order quantities: the negative binomial NB(mu, alpha) with
// variance mu + alpha * mu^2 (alpha = 0 is Poisson), its quantiles, and a normal quantile for the baselines.
const { abs, exp, floor, log, max, PI, round, sin, sqrt } = Math;

/** Quantile levels every forecast carries: 95% band, 80% band (P10-P90) and the median. */
export const QUANTILE_LEVELS = [0.025, 0.1, 0.5, 0.9, 0.975] as const;
export type QuantileLevel = (typeof QUANTILE_LEVELS)[number];
export const Q025 = 0;
export const Q10 = 1;
export const Q50 = 2;
export const Q90 = 3;
export const Q975 = 4;

/** Inverse standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = 0.02425;
  if (p < tail || p > 1 - tail) {
    const q = sqrt(-2 * log(p < tail ? p : 1 - p));
    const x = (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
    return p < tail ? x : -x;
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

const LANCZOS = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
const HALF_LOG_TWO_PI = 0.5 * log(2 * PI);

/** log Γ(x) for x > 0 (Lanczos, g = 7). */
export function logGamma(x: number): number {
  const g = LANCZOS;
  if (x < 0.5) return log(PI / abs(sin(PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = g[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += g[i]! / (z + i);
  return HALF_LOG_TWO_PI + (z + 0.5) * log(t) - t + log(a);
}

/** log P(Y = y) for Y ~ NB(mu, alpha); alpha <= 1e-8 is treated as Poisson. */
export function negBinLogPmf(y: number, mu: number, alpha: number): number {
  if (mu <= 0) return y === 0 ? 0 : Number.NEGATIVE_INFINITY;
  if (alpha <= 1e-8) return y * log(mu) - mu - logGamma(y + 1);
  const r = 1 / alpha;
  return logGamma(y + r) - logGamma(r) - logGamma(y + 1) + r * log(r / (r + mu)) + y * log(mu / (r + mu));
}

/**
 * Walks the NB pmf upwards and calls visit(k, pmf(k), cdf(k-1)) until visit returns false. Returns false when
 * the start probability underflows (huge means), so callers can switch to a normal approximation.
 */
function walkPmf(mu: number, alpha: number, visit: (k: number, pmf: number, below: number) => boolean): boolean {
  let pmf: number;
  let ratio: (k: number) => number;
  if (alpha <= 1e-8) {
    pmf = exp(-mu);
    ratio = (k) => mu / (k + 1);
  } else {
    const r = 1 / alpha;
    const success = mu / (mu + r);
    pmf = exp(r * log(1 - success));
    ratio = (k) => ((k + r) / (k + 1)) * success;
  }
  if (!(pmf > 1e-300)) return false;
  let below = 0;
  for (let k = 0; k < 1_000_000; k++) {
    if (!visit(k, pmf, below)) return true;
    below += pmf;
    pmf *= ratio(k);
  }
  return true;
}

/**
 * Integer quantiles of NB(mu, alpha): the smallest k with P(Y <= k) >= p, for ascending `levels`.
 * What stock must cover: "P90 = 4 units" means 4 units meet demand on 90% of such days.
 */
export function negBinQuantiles(mu: number, alpha: number, levels: readonly number[]): number[] {
  const out = new Array<number>(levels.length).fill(0);
  if (!(mu > 1e-9)) return out;
  let j = 0;
  const walked = walkPmf(mu, alpha, (k, pmf, below) => {
    const cdf = below + pmf;
    while (j < levels.length && cdf >= levels[j]! - 1e-12) out[j++] = k;
    return j < levels.length;
  });
  if (!walked) {
    const sd = sqrt(mu + alpha * mu * mu);
    levels.forEach((p, i) => (out[i] = max(0, round(mu + sd * normalQuantile(p)))));
  }
  return out;
}

/**
 * Continuous quantiles of NB(mu, alpha): the mass of integer k is spread evenly over (k - 1, k], so
 * Q(p) = k - 1 + (p - F(k - 1)) / pmf(k), floored at 0. Bands drawn from these keep their nominal coverage on
 * zero-heavy series, where integer quantiles cannot (P10 = P50 = 0 already contains every zero day).
 */
export function negBinQuantilesContinuous(mu: number, alpha: number, levels: readonly number[]): number[] {
  const out = new Array<number>(levels.length).fill(0);
  if (!(mu > 1e-9)) return out;
  let j = 0;
  const walked = walkPmf(mu, alpha, (k, pmf, below) => {
    const cdf = below + pmf;
    while (j < levels.length && cdf >= levels[j]! - 1e-12) {
      out[j] = max(0, k - 1 + (levels[j]! - below) / max(pmf, 1e-300));
      j++;
    }
    return j < levels.length;
  });
  if (!walked) {
    const sd = sqrt(mu + alpha * mu * mu);
    levels.forEach((p, i) => (out[i] = max(0, mu + sd * normalQuantile(p) - 0.5)));
  }
  return out;
}

/** P(Y > k) for Y ~ NB(mu, alpha): the chance demand exceeds k units. */
export function negBinExceedance(mu: number, alpha: number, k: number): number {
  if (!(mu > 1e-9)) return 0;
  if (k < 0) return 1;
  const limit = floor(k);
  let cdf = 0;
  const walked = walkPmf(mu, alpha, (i, pmf) => {
    if (i > limit) return false;
    cdf += pmf;
    return true;
  });
  if (!walked) {
    const sd = sqrt(mu + alpha * mu * mu);
    return 1 - normalCdf((limit + 0.5 - mu) / sd);
  }
  return max(0, 1 - cdf);
}

/** Standard normal CDF (Abramowitz-Stegun 7.1.26 on erf, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** Linear-interpolated quantile of sorted values (numpy's default). */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (h - lo);
}
