import { describe, expect, it } from "@jest/globals";
import { negBinExceedance, negBinQuantiles } from "../src/pipeline/distributions";
import { assumedInventoryPosition, computeOrder, validatePolicy, type OrderPolicy } from "../src/pipeline/orders";

const flatMean = (rate: number, days = 28) => new Float64Array(days).fill(rate);
const policy: OrderPolicy = { leadTimeDays: 3, reviewDays: 7, serviceLevel: 0.95 };

describe("reorder point, safety stock and order quantity", () => {
  it("Poisson demand: order up to the 95% quantile of demand over lead time + review", () => {
    // 2 units/day: lead time 3 days -> Poisson(6), 95% quantile 10; lead time + review 10 days -> Poisson(20), 95% quantile 28
    // (P(X <= 27) = 0.9475, P(X <= 28) = 0.9656).
    const line = computeOrder({ mean: flatMean(2), dispersion: () => 1e-9, inventoryPosition: 10 }, policy);
    expect(line.leadTimeDemand).toBeCloseTo(6, 12);
    expect(line.protectionDemand).toBeCloseTo(20, 12);
    expect(line.reorderPoint).toBe(10);
    expect(line.orderUpTo).toBe(28);
    expect(line.safetyStock).toBeCloseTo(8, 12);
    expect(line.orderQuantity).toBe(18);
    expect(line.urgent).toBe(false);
    expect(line.stockoutRisk).toBeCloseTo(negBinExceedance(20, 1e-9, 28), 12);
    expect(line.stockoutRisk).toBeLessThanOrEqual(0.05);
    expect(line.stockoutRiskWithoutOrder).toBeCloseTo(negBinExceedance(20, 1e-9, 10), 12);
  });

  it("no order when the position already covers the order-up-to level; urgent below the reorder point", () => {
    const full = computeOrder({ mean: flatMean(2), dispersion: () => 1e-9, inventoryPosition: 30 }, policy);
    expect(full.orderQuantity).toBe(0);
    expect(full.stockoutRisk).toBe(full.stockoutRiskWithoutOrder);
    expect(full.stockoutRisk).toBeLessThan(0.05);
    const low = computeOrder({ mean: flatMean(2), dispersion: () => 1e-9, inventoryPosition: 4 }, policy);
    expect(low.urgent).toBe(true);
    expect(low.orderQuantity).toBe(24);
  });

  it("after ordering, the stock-out risk is at most 1 - service level, for any position and dispersion", () => {
    for (const alpha of [1e-9, 0.1, 0.8, 3]) {
      for (const position of [0, 3, 12, 40]) {
        for (const serviceLevel of [0.5, 0.8, 0.95, 0.99]) {
          const line = computeOrder({ mean: flatMean(1.3), dispersion: () => alpha, inventoryPosition: position }, { ...policy, serviceLevel });
          expect(line.stockoutRisk).toBeLessThanOrEqual(1 - serviceLevel + 1e-12);
        }
      }
    }
  });

  it("more spread (lumpy demand) needs more safety stock at the same mean", () => {
    const steady = computeOrder({ mean: flatMean(1), dispersion: () => 0.01, inventoryPosition: 0 }, policy);
    const lumpy = computeOrder({ mean: flatMean(1), dispersion: () => 1.5, inventoryPosition: 0 }, policy);
    expect(lumpy.safetyStock).toBeGreaterThan(steady.safetyStock);
    expect(lumpy.orderUpTo).toBe(negBinQuantiles(10, 1.5, [0.95])[0]);
  });

  it("a higher service level never lowers the reorder point or the order", () => {
    let previous = computeOrder({ mean: flatMean(0.7), dispersion: () => 0.4, inventoryPosition: 2 }, { ...policy, serviceLevel: 0.5 });
    for (const serviceLevel of [0.7, 0.8, 0.9, 0.95, 0.99]) {
      const line = computeOrder({ mean: flatMean(0.7), dispersion: () => 0.4, inventoryPosition: 2 }, { ...policy, serviceLevel });
      expect(line.reorderPoint).toBeGreaterThanOrEqual(previous.reorderPoint);
      expect(line.orderQuantity).toBeGreaterThanOrEqual(previous.orderQuantity);
      previous = line;
    }
  });

  it("uses the forecast of the days that matter, not a flat average", () => {
    const mean = new Float64Array(28);
    mean.fill(0, 0, 10);
    mean.fill(50, 10);
    const line = computeOrder({ mean, dispersion: () => 1e-9, inventoryPosition: 0 }, policy);
    expect(line.protectionDemand).toBe(0);
    expect(line.orderUpTo).toBe(0);
    expect(line.orderQuantity).toBe(0);
  });

  it("rejects impossible policies with messages naming the field", () => {
    expect(() => validatePolicy({ ...policy, serviceLevel: 1 }, 28)).toThrow(/serviceLevel must be between/);
    expect(() => validatePolicy({ ...policy, leadTimeDays: 0 }, 28)).toThrow(/leadTimeDays/);
    expect(() => validatePolicy({ ...policy, reviewDays: 2.5 }, 28)).toThrow(/reviewDays/);
    expect(() => validatePolicy({ leadTimeDays: 14, reviewDays: 15, serviceLevel: 0.9 }, 28)).toThrow(/exceeds the 28-day forecast horizon/);
    expect(() => computeOrder({ mean: flatMean(1), dispersion: () => 0.1, inventoryPosition: -1 }, policy)).toThrow(/inventoryPosition/);
  });

  it("the demo's inventory assumption is last week's sales", () => {
    expect(assumedInventoryPosition([9, 9, 1, 2, 3, 4, 5, 6, 7], 9)).toBe(28);
    expect(assumedInventoryPosition([1, 2], 2)).toBe(3);
  });
});
