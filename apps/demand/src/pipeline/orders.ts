// Replenishment from the forecast: a periodic-review, order-up-to (R, S) policy per item x store, the textbook
// policy for stores that order on a fixed rhythm. Every R days the store tops its inventory position (on hand +
// on order) up to S. Whatever it orders now must last until the next order can arrive, L days after the next
// review, so S is the service-level quantile of demand over L + R days. The reorder point is the service-level
// quantile of demand over the lead time alone: below it, even an order placed today probably arrives too late
// (the line is urgent). Demand over k days is a negative binomial whose mean is the sum of the daily forecasts
// and whose dispersion was measured on held-out days (see intervals.ts): zero-heavy, lumpy items get the wide
// buffer they need, steady ones a tight one.
import { negBinExceedance, negBinQuantiles } from "./distributions";

export interface OrderPolicy {
  /** Days between placing an order and having it on the shelf. */
  leadTimeDays: number;
  /** Days between two order reviews. */
  reviewDays: number;
  /** Target cycle service level, e.g. 0.95. */
  serviceLevel: number;
}

export const DEFAULT_POLICY: OrderPolicy = { leadTimeDays: 3, reviewDays: 7, serviceLevel: 0.95 };
export const SERVICE_LEVEL_RANGE = { min: 0.5, max: 0.995 } as const;

export interface OrderInput {
  /** Daily forecast means from the first day after the last sales day. */
  mean: ArrayLike<number>;
  /** NB dispersion alpha of the demand summed over `days` days (variance = m + alpha * m^2). */
  dispersion: (days: number) => number;
  /** Units on hand plus on order (M5 has no stock data: the caller states its assumption). */
  inventoryPosition: number;
}

export interface OrderLine {
  /** Expected demand over the lead time. */
  leadTimeDemand: number;
  /** Expected demand over lead time + review period (until the next order can arrive). */
  protectionDemand: number;
  /** Service-level quantile of lead-time demand: below it, stock likely runs out before an order placed now arrives. */
  reorderPoint: number;
  /** S: the service-level quantile of demand over lead time + review period; orders top the position up to it. */
  orderUpTo: number;
  /** S minus expected demand over lead time + review: the buffer against forecast error. */
  safetyStock: number;
  /** Units to order now: S minus the inventory position, or 0 when the position is already at or above S. */
  orderQuantity: number;
  /** True when the position is below the reorder point (expedite). */
  urgent: boolean;
  /** P(demand over L + R > position after ordering): the expected stock-out risk until the next delivery. */
  stockoutRisk: number;
  /** The same risk if nothing were ordered now. */
  stockoutRiskWithoutOrder: number;
}

export function validatePolicy(policy: OrderPolicy, horizon: number): void {
  const { leadTimeDays, reviewDays, serviceLevel } = policy;
  if (!Number.isInteger(leadTimeDays) || leadTimeDays < 1) throw new RangeError(`leadTimeDays must be a whole number of days >= 1, got ${leadTimeDays}`);
  if (!Number.isInteger(reviewDays) || reviewDays < 1) throw new RangeError(`reviewDays must be a whole number of days >= 1, got ${reviewDays}`);
  if (leadTimeDays + reviewDays > horizon) {
    throw new RangeError(`leadTimeDays + reviewDays = ${leadTimeDays + reviewDays} exceeds the ${horizon}-day forecast horizon`);
  }
  if (!(serviceLevel >= SERVICE_LEVEL_RANGE.min && serviceLevel <= SERVICE_LEVEL_RANGE.max)) {
    throw new RangeError(`serviceLevel must be between ${SERVICE_LEVEL_RANGE.min} and ${SERVICE_LEVEL_RANGE.max}, got ${serviceLevel}`);
  }
}

function sumFirst(values: ArrayLike<number>, days: number): number {
  let sum = 0;
  for (let h = 0; h < days; h++) sum += values[h]!;
  return sum;
}

export function computeOrder(input: OrderInput, policy: OrderPolicy): OrderLine {
  validatePolicy(policy, input.mean.length);
  const { leadTimeDays: lead, reviewDays: review, serviceLevel } = policy;
  if (!(input.inventoryPosition >= 0)) throw new RangeError(`inventoryPosition must be >= 0, got ${input.inventoryPosition}`);
  const leadTimeDemand = sumFirst(input.mean, lead);
  const protectionDemand = sumFirst(input.mean, lead + review);
  const protectionAlpha = input.dispersion(lead + review);
  const [reorderPoint] = negBinQuantiles(leadTimeDemand, input.dispersion(lead), [serviceLevel]) as [number];
  const [quantile] = negBinQuantiles(protectionDemand, protectionAlpha, [serviceLevel]) as [number];
  // S never sits below the reorder point, even where two distributions round differently.
  const orderUpTo = Math.max(quantile, reorderPoint);
  const position = input.inventoryPosition;
  const orderQuantity = Math.max(0, orderUpTo - position);
  return {
    leadTimeDemand,
    protectionDemand,
    reorderPoint,
    orderUpTo,
    safetyStock: orderUpTo - protectionDemand,
    orderQuantity,
    urgent: position < reorderPoint,
    stockoutRisk: negBinExceedance(protectionDemand, protectionAlpha, position + orderQuantity),
    stockoutRiskWithoutOrder: negBinExceedance(protectionDemand, protectionAlpha, position),
  };
}

/**
 * What the demo assumes is on the shelf, since M5 records sales but not stock: the units sold in the last
 * `days` days (one week of cover by default). Stated on the order page; the CSV carries it per line as inventory_position.
 */
export function assumedInventoryPosition(history: ArrayLike<number>, end: number, days = 7): number {
  let sum = 0;
  for (let t = Math.max(0, end - days); t < end; t++) sum += history[t]!;
  return sum;
}

export const INVENTORY_ASSUMPTION = "M5 records sales, not stock: the inventory position is assumed to be the units sold in the last 7 days (one week of cover).";
