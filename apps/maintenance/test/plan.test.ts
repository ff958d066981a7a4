import { describe, expect, it } from "@jest/globals";
import { minCostAssignment } from "../src/pipeline/assignment";
import { readEnv } from "../src/env";
import { makePlan, type PlanAsset, type PlanSettings } from "../src/pipeline/plan";


// An engine whose RUL is uniform on [lo, hi]: P(RUL <= h) is linear in between.
const uniform = (assetId: string, lo: number, hi: number, trueRul?: number): PlanAsset => ({
  assetId,
  rul: (lo + hi) / 2,
  failWithin: (h) => (h < lo ? 0 : h >= hi ? 1 : (h - lo) / (hi - lo)),
  ...(trueRul !== undefined ? { trueRul } : {}),
});

const settings: PlanSettings = { horizonCycles: 30, slotCycles: 10, crewsPerSlot: 1, plannedStopCost: 10_000, unplannedFailureCost: 100_000 };

describe("maintenance plan", () => {
  const fleet = [uniform("A", 0, 20), uniform("B", 5, 25), uniform("C", 12, 40), uniform("D", 15, 45), uniform("E", 100, 140), uniform("F", 2, 12)];

  it("never books more engines into a slot than there are crews", () => {
    for (const crews of [0, 1, 2, 3]) {
      const plan = makePlan(fleet, { ...settings, crewsPerSlot: crews });
      for (const slot of plan.slots) expect(slot.assigned.length).toBeLessThanOrEqual(crews);
      expect(plan.servicedCount).toBe(plan.slots.reduce((n, s) => n + s.assigned.length, 0));
      expect(plan.servicedCount).toBeLessThanOrEqual(3 * crews);
    }
  });

  it("with no crews services nobody: its cost is run to failure", () => {
    const plan = makePlan(fleet, { ...settings, crewsPerSlot: 0 });
    expect(plan.servicedCount).toBe(0);
    expect(plan.expectedCost).toBeCloseTo(plan.runToFailureCost, 6);
    expect(plan.expectedSaving).toBeCloseTo(0, 6);
  });

  it("prices run-on and service as documented, and saves the difference", () => {
    const plan = makePlan(fleet, settings);
    const a = plan.items.find((i) => i.assetId === "A")!;
    expect(a.failProb).toBe(1);
    expect(a.runToFailureCost).toBe(100_000);
    for (const item of plan.items.filter((i) => i.action === "service")) {
      const asset = fleet.find((f) => f.assetId === item.assetId)!;
      const f = asset.failWithin(item.serviceAt!);
      expect(item.expectedCost).toBeCloseTo(f * 100_000 + (1 - f) * 10_000, 6);
      expect(item.expectedCost).toBeLessThan(item.runToFailureCost);
    }
    expect(plan.expectedSaving).toBeCloseTo(plan.runToFailureCost - plan.expectedCost, 6);
    expect(plan.items.find((i) => i.assetId === "E")!.action).toBe("run"); // no risk within the horizon
  });

  it("finds the cheapest plan (checked against every possible plan)", () => {
    const plan = makePlan(fleet, settings);
    // Brute force: each engine runs (-1) or takes one of the 3 slots (1 crew each).
    let best = Number.POSITIVE_INFINITY;
    const choice = new Array<number>(fleet.length).fill(-1);
    const visit = (k: number, used: Set<number>) => {
      if (k === fleet.length) {
        const cost = fleet.reduce((sum, a, i) => {
          const slot = choice[i]!;
          if (slot < 0) return sum + a.failWithin(30) * 100_000;
          const f = a.failWithin(slot * 10);
          return sum + f * 100_000 + (1 - f) * 10_000;
        }, 0);
        best = Math.min(best, cost);
        return;
      }
      choice[k] = -1;
      visit(k + 1, used);
      for (let s = 0; s < 3; s++) {
        if (used.has(s)) continue;
        choice[k] = s;
        visit(k + 1, new Set([...used, s]));
      }
      choice[k] = -1;
    };
    visit(0, new Set());
    expect(plan.expectedCost).toBeCloseTo(best, 6);
    // Every crew is used: stopping the riskiest engines pays.
    expect(plan.servicedCount).toBe(3);
  });

  it("does not depend on the order the engines are listed in", () => {
    const a = makePlan(fleet, settings);
    const b = makePlan([...fleet].reverse(), settings);
    const byId = (p: typeof a) => Object.fromEntries(p.items.map((i) => [i.assetId, [i.action, i.slot]]));
    expect(byId(b)).toEqual(byId(a));
  });

  it("reports the realised cost with the true RUL where it is known", () => {
    const plan = makePlan([uniform("X", 0, 20, 5), uniform("Y", 100, 140, 120)], settings);
    expect(plan.items.find((i) => i.assetId === "X")!.serviceAt).toBe(0);
    expect(plan.realised).toEqual({ cost: 10_000, runToFailureCost: 100_000, engines: 2 });
    expect(makePlan([uniform("Z", 0, 20)], settings).realised).toBeNull();
  });

  it("rejects impossible settings with the field named", () => {
    expect(() => makePlan(fleet, { ...settings, slotCycles: 40 })).toThrow(/slotCycles/);
    expect(() => makePlan(fleet, { ...settings, crewsPerSlot: -1 })).toThrow();
    // Bounded work: at most MAX_SLOTS slots, and never more crew positions per slot than engines.
    expect(() => makePlan(fleet, { ...settings, horizonCycles: 500, slotCycles: 1 })).toThrow(/at most 30 slots/);
    const crowded = makePlan(fleet, { ...settings, crewsPerSlot: 1000 });
    expect(crowded.items).toHaveLength(fleet.length);
  });

  it("refuses plan defaults from the environment that make no valid plan, naming the variable", () => {
    expect(() => readEnv({ MAINTENANCE_HORIZON_CYCLES: "0" })).toThrow(/MAINTENANCE_HORIZON_CYCLES/);
    expect(() => readEnv({ MAINTENANCE_SLOT_CYCLES: "12.5" })).toThrow(/MAINTENANCE_SLOT_CYCLES/);
    expect(readEnv({}).MAINTENANCE_CREWS_PER_SLOT).toBe(2);
  });
});

describe("min-cost assignment", () => {
  it("matches brute force on a rectangular problem", () => {
    const cost = [
      [4, 1, 3, 9],
      [2, 0, 5, 9],
      [3, 2, 2, 9],
    ];
    const a = minCostAssignment(cost);
    expect(new Set(a).size).toBe(3);
    expect(a.reduce((s, c, r) => s + cost[r]![c]!, 0)).toBe(5); // 1 + 2 + 2
  });
});
