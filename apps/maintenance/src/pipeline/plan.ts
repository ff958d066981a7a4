// The maintenance plan for the next `horizonCycles` cycles: which engines to stop for planned service, and when,
// with a limited number of crews.
//
// Model. The horizon is cut into slots of `slotCycles` cycles; each slot has `crewsPerSlot` crews, each able to
// service one engine. For an engine with RUL distribution F (F(h) = P(RUL <= h), from the RUL model's band):
//   - running it on costs, in expectation, F(horizon) x unplannedFailureCost (it may fail inside the horizon);
//   - servicing it at the start of slot s (cycle s x slotCycles) costs F(start) x unplannedFailureCost (it fails
//     before the crew arrives) + (1 - F(start)) x plannedStopCost.
// Each crew position goes to at most one engine so that the summed expected cost is the lowest possible (an exact
// assignment, see assignment.ts); an engine is only stopped where that beats running on. Run to failure (no planned
// service at all) costs sum F(horizon) x unplannedFailureCost, and the plan's expected saving is that minus the
// plan's expected cost. Costs after the horizon are outside the plan (every engine is serviced some day).
//
// Defaults (config.ts): a planned stop $40,000 (crew, parts, a scheduled slot), an unplanned failure $200,000
// (the same repair plus secondary damage, lost service and disruption): industry rules of thumb put an
// unplanned failure at 3-10x a planned stop; 5x is the middle. Horizon 30 cycles in 3 slots of 10, 2 crews per slot.
import { z } from "zod";
import { minCostAssignment } from "./assignment";

/** Most maintenance slots a plan may have (horizonCycles / slotCycles, rounded up). */
export const MAX_SLOTS = 30;

export const planSettingsSchema = z
  .object({
    horizonCycles: z.number().int().min(1).max(500),
    slotCycles: z.number().int().min(1).max(500),
    crewsPerSlot: z.number().int().min(0).max(1000),
    plannedStopCost: z.number().min(0).max(1e12),
    unplannedFailureCost: z.number().min(0).max(1e12),
  })
  .refine((s) => s.slotCycles <= s.horizonCycles, { message: "slotCycles must not exceed horizonCycles", path: ["slotCycles"] })
  // The plan is an exact assignment over every slot: keep the slot count where it solves in milliseconds.
  .refine((s) => Math.ceil(s.horizonCycles / s.slotCycles) <= MAX_SLOTS, { message: `at most ${MAX_SLOTS} slots: raise slotCycles or shorten horizonCycles`, path: ["slotCycles"] });

export type PlanSettings = z.infer<typeof planSettingsSchema>;

export interface PlanAsset {
  assetId: string;
  /** Point prediction of the RUL (cycles). */
  rul: number;
  /** P(RUL <= h) for h >= 0. */
  failWithin: (cycles: number) => number;
  /** True RUL when known (held-out and official-test engines): used only to report the realised cost. */
  trueRul?: number | null;
}

export interface PlanItemResult {
  assetId: string;
  action: "service" | "run";
  slot: number | null;
  serviceAt: number | null;
  failProb: number;
  rul: number;
  expectedCost: number;
  runToFailureCost: number;
  reason: string;
}

export interface PlanResult {
  settings: PlanSettings;
  slots: { slot: number; start: number; end: number; capacity: number; assigned: string[] }[];
  items: PlanItemResult[];
  expectedCost: number;
  runToFailureCost: number;
  expectedSaving: number;
  servicedCount: number;
  /** With the true RUL of the engines where it is known (null when none is). */
  realised: { cost: number; runToFailureCost: number; engines: number } | null;
}

const money = (v: number) => (Math.abs(v) >= 1000 ? `$${Math.round(v / 1000)}k` : `$${Math.round(v)}`);
const pct = (p: number) => `${p < 0.01 && p > 0 ? "<1" : Math.round(p * 100)}%`;

export function makePlan(assets: readonly PlanAsset[], settings: PlanSettings): PlanResult {
  const s = planSettingsSchema.parse(settings);
  const slotCount = Math.ceil(s.horizonCycles / s.slotCycles);
  const slots = Array.from({ length: slotCount }, (_, k) => ({
    slot: k,
    start: k * s.slotCycles,
    end: Math.min(s.horizonCycles, (k + 1) * s.slotCycles),
    capacity: s.crewsPerSlot,
    assigned: [] as string[],
  }));
  const Cu = s.unplannedFailureCost;
  const Cp = s.plannedStopCost;
  const serviceCost = (a: PlanAsset, start: number) => {
    const f = a.failWithin(start);
    return f * Cu + (1 - f) * Cp;
  };

  const candidates = assets
    .map((a) => {
      const failProb = a.failWithin(s.horizonCycles);
      const runCost = failProb * Cu;
      const slotCosts = slots.map((slot) => serviceCost(a, slot.start));
      return { a, failProb, runCost, slotCosts, saving: runCost - Math.min(...slotCosts) };
    })
    // A fixed order (by id) so the plan never depends on the order the engines were listed in.
    .sort((x, y) => x.a.assetId.localeCompare(y.a.assetId));

  // Exact optimum: each engine takes one crew position (slot k, crew c) or runs on; an assignment problem with one
  // "run on" column per engine, solved by the Hungarian algorithm.
  // An engine takes one position at most, so a slot never needs more positions than there are engines.
  const positions = slots.flatMap((slot) => Array.from({ length: Math.min(slot.capacity, candidates.length) }, () => slot));
  const n = candidates.length;
  const matrix = candidates.map((c) => [...positions.map((slot) => Math.min(c.slotCosts[slot.slot]!, c.runCost + 1e-9)), ...new Array<number>(n).fill(c.runCost)]);
  const assignment = minCostAssignment(matrix);

  const items = new Map<string, PlanItemResult>();
  candidates.forEach((c, row) => {
    const column = assignment[row]!;
    const slot = column < positions.length ? positions[column]! : undefined;
    const base = { assetId: c.a.assetId, failProb: c.failProb, rul: c.a.rul, runToFailureCost: c.runCost };
    const risk = `${pct(c.failProb)} chance of failing within ${s.horizonCycles} cycles`;
    if (slot && c.slotCosts[slot.slot]! < c.runCost) {
      slot.assigned.push(c.a.assetId);
      const cost = c.slotCosts[slot.slot]!;
      items.set(c.a.assetId, {
        ...base,
        action: "service",
        slot: slot.slot,
        serviceAt: slot.start,
        expectedCost: cost,
        reason: `${risk}; a planned stop ${slot.start === 0 ? "now" : `in ${slot.start} cycles`} saves ${money(c.runCost - cost)} in expectation`,
      });
    } else {
      const why = c.saving <= 0 ? `a planned stop costs more than the expected failure cost (${money(c.runCost)})` : `every crew is assigned where a stop saves more (a stop here would save ${money(c.saving)})`;
      items.set(c.a.assetId, { ...base, action: "run", slot: null, serviceAt: null, expectedCost: c.runCost, reason: `${risk}; run on: ${why}` });
    }
  });
  const list = assets.map((a) => items.get(a.assetId)!);
  const expectedCost = list.reduce((sum, i) => sum + i.expectedCost, 0);
  const runToFailureCost = list.reduce((sum, i) => sum + i.runToFailureCost, 0);

  const known = assets.filter((a) => a.trueRul !== undefined && a.trueRul !== null);
  let realised: PlanResult["realised"] = null;
  if (known.length > 0) {
    let cost = 0;
    let rtf = 0;
    for (const a of known) {
      const item = items.get(a.assetId)!;
      const trueRul = a.trueRul as number;
      const failsInHorizon = trueRul <= s.horizonCycles;
      rtf += failsInHorizon ? Cu : 0;
      if (item.action === "service") cost += trueRul <= item.serviceAt! ? Cu : Cp;
      else cost += failsInHorizon ? Cu : 0;
    }
    realised = { cost, runToFailureCost: rtf, engines: known.length };
  }

  return {
    settings: s,
    slots,
    items: list,
    expectedCost,
    runToFailureCost,
    expectedSaving: runToFailureCost - expectedCost,
    servicedCount: list.filter((i) => i.action === "service").length,
    realised,
  };
}
