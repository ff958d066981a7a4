import Link from "next/link";
import { BarChart, Card, DisclaimerBanner, Grid, KpiCard, KpiGrid, PageHeader, Section, SortableTable, formatDate, formatMoney } from "@verticals/ui";
import { planSettingsSchema, type PlanSettings } from "../../src/pipeline/plan";
import { planDefaults } from "../../src/env";
import { computePlan } from "../../src/store/refresh";
import { latestPlan, recentPlans } from "../../src/store/queries";
import { appEnv, getRul, getStore } from "../../src/server/runtime";
import { NotReady } from "../_components/NotReady";
import { PlanSettingsForm } from "../_components/PlanSettingsForm";
import { SavePlanButton } from "../_components/SavePlanButton";
import { SlotTimeline } from "../_components/SlotTimeline";

export const dynamic = "force-dynamic";

interface PlanView {
  settings: PlanSettings;
  items: { assetId: string; action: string; slot: number | null; serviceAt: number | null; failProb: number; rul: number; expectedCost: number; runToFailureCost: number; reason: string }[];
  expectedCost: number;
  runToFailureCost: number;
  expectedSaving: number;
  servicedCount: number;
  realised: { cost: number; runToFailureCost: number } | null;
}

const TRIGGERS: Record<string, string> = { seed: "initial load", ingest: "new readings", api: "settings changed" };

export default async function PlanPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const store = await getStore();
  const saved = await latestPlan(store);
  if (!saved) return <NotReady what="maintenance plan" />;
  const defaults = planDefaults(appEnv());
  const keys = Object.keys(defaults) as (keyof PlanSettings)[];
  const asked = keys.some((k) => typeof query[k] === "string" && query[k] !== "");
  let view: PlanView;
  let whatIf = false;
  let problem: string | null = null;
  if (asked) {
    const candidate = Object.fromEntries(keys.map((k) => [k, typeof query[k] === "string" && query[k] !== "" ? Number(query[k]) : saved[k]]));
    const parsed = planSettingsSchema.safeParse(candidate);
    if (parsed.success) {
      const rul = await getRul();
      view = await computePlan(store, rul.meta, parsed.data);
      whatIf = true;
    } else {
      const issue = parsed.error.issues[0]!;
      problem = `${issue.path.join(".")}: ${issue.message}; showing the current plan instead.`;
    }
  }
  view ??= {
    settings: { horizonCycles: saved.horizonCycles, slotCycles: saved.slotCycles, crewsPerSlot: saved.crewsPerSlot, plannedStopCost: saved.plannedStopCost, unplannedFailureCost: saved.unplannedFailureCost },
    items: saved.items,
    expectedCost: saved.expectedCost,
    runToFailureCost: saved.runToFailureCost,
    expectedSaving: saved.expectedSaving,
    servicedCount: saved.servicedCount,
    realised: saved.realisedCost !== null && saved.realisedRunToFailureCost !== null ? { cost: saved.realisedCost, runToFailureCost: saved.realisedRunToFailureCost } : null,
  };
  const s = view.settings;
  const slotCount = Math.ceil(s.horizonCycles / s.slotCycles);
  const slots = Array.from({ length: slotCount }, (_, k) => ({
    slot: k,
    start: k * s.slotCycles,
    end: Math.min(s.horizonCycles, (k + 1) * s.slotCycles),
    capacity: s.crewsPerSlot,
    engines: view.items.filter((i) => i.action === "service" && i.slot === k).map((i) => ({ id: i.assetId, failProb: i.failProb })),
  }));
  const history = await recentPlans(store);
  const decisionText = (i: { action: string; serviceAt: number | null }) => (i.action === "service" ? (i.serviceAt === 0 ? "Service now" : `Service in ${i.serviceAt} cycles`) : "Run on");
  const decisionTones = Object.fromEntries(view.items.map((i) => [decisionText(i), i.action === "service" ? (i.serviceAt === 0 ? "bad" : "warn") : "neutral"])) as Record<string, "bad" | "warn" | "neutral">;
  const atRisk = view.items.filter((i) => i.action === "run" && i.failProb >= 0.2).length;

  return (
    <>
      <PageHeader
        eyebrow={whatIf ? "What-if plan · not saved" : `Current plan #${saved.id} · ${formatDate(saved.createdAt)} · after ${TRIGGERS[saved.trigger] ?? saved.trigger}`}
        title={`Maintenance plan, next ${s.horizonCycles} cycles`}
        description={`Which engines to stop for planned service, with ${s.crewsPerSlot} crew${s.crewsPerSlot === 1 ? "" : "s"} per ${s.slotCycles}-cycle slot. A planned stop costs ${formatMoney(s.plannedStopCost)}; an unplanned failure ${formatMoney(s.unplannedFailureCost)}. Each engine's failure probability comes from its predicted RUL distribution.`}
        actions={whatIf ? <SavePlanButton settings={s} /> : undefined}
      />
      {problem ? <DisclaimerBanner tone="warning">{problem}</DisclaimerBanner> : null}
      <KpiGrid label="Plan figures">
        <KpiCard label="Planned stops" value={view.servicedCount} format="integer" caption={`of ${slotCount * s.crewsPerSlot} crew slots; ${atRisk} engines at ≥20% risk run on`} testId="kpi-stops" />
        <KpiCard label="Expected cost of the plan" value={view.expectedCost} format="money" caption={`run to failure: ${formatMoney(view.runToFailureCost)}`} testId="kpi-plan-cost" />
        <KpiCard label="Expected saving" value={view.expectedSaving} format="money" tone={view.expectedSaving > 0 ? "good" : "neutral"} caption="vs servicing nothing (run to failure)" testId="kpi-saving" />
        <KpiCard
          label="Check with the true RUL"
          value={view.realised ? view.realised.runToFailureCost - view.realised.cost : null}
          format="money"
          caption={view.realised ? `plan ${formatMoney(view.realised.cost)} vs run to failure ${formatMoney(view.realised.runToFailureCost)}` : "true RUL unknown"}
          help="For engines whose true RUL is known (test and held-out engines): what the plan and run-to-failure would really have cost."
          testId="kpi-realised"
        />
      </KpiGrid>

      <Section title="Who gets serviced, and when" description="The plan with the lowest total expected cost: each crew goes where a stop saves the most, and no engine is stopped where a stop does not pay. An engine likely to fail before any crew can reach it may be left to run.">
        <Card>
          <SlotTimeline slots={slots} testId="plan-timeline" />
        </Card>
      </Section>

      <Section title="What it saves">
        <Grid template="minmax(0, 1fr) minmax(0, 1fr)">
          <Card title="Cost over the horizon" subtitle="Expected from the predicted RUL; and with the true RUL where known">
            <BarChart
              label="Cost of run to failure against the plan"
              categoryKey="scenario"
              data={[
                { scenario: "Run to failure", expected: view.runToFailureCost, realised: view.realised?.runToFailureCost ?? null },
                { scenario: "This plan", expected: view.expectedCost, realised: view.realised?.cost ?? null },
              ]}
              series={[
                { key: "expected", name: "Expected (model)", role: "model" },
                ...(view.realised ? [{ key: "realised", name: "With the true RUL", role: "actual" as const }] : []),
              ]}
              valueFormat="money"
              height={240}
              testId="plan-costs"
            />
          </Card>
          <Card title="Change the assumptions" subtitle="Recompute the plan with other costs or capacity (not saved until you say so)">
            <PlanSettingsForm settings={s} />
            {whatIf ? (
              <p className="mt-note">
                <Link href="/plan">Back to the current plan</Link>
              </p>
            ) : null}
          </Card>
        </Grid>
      </Section>

      <Section title="Every engine in the plan">
        <Card padding="flush">
          <SortableTable
            testId="plan-table"
            rowKey="assetId"
            rowHref="/assets/{assetId}"
            maxRows={20}
            initialSort={{ key: "failProb", direction: "desc" }}
            columns={[
              { key: "assetId", header: "Engine", width: "96px" },
              { key: "decision", header: "Decision", tones: decisionTones, width: "150px" },
              { key: "failProb", header: `P(fail ≤ ${s.horizonCycles})`, format: { kind: "percent", digits: 0 } },
              { key: "rul", header: "RUL", format: { kind: "number", digits: 0 } },
              { key: "expectedCost", header: "Expected cost", format: "money" },
              { key: "runToFailureCost", header: "If run on", format: "money" },
              { key: "reason", header: "Why", sortable: false },
            ]}
            rows={view.items.map((i) => ({
              assetId: i.assetId,
              decision: decisionText(i),
              failProb: i.failProb,
              rul: i.rul,
              expectedCost: i.expectedCost,
              runToFailureCost: i.runToFailureCost,
              reason: i.reason,
            }))}
          />
        </Card>
      </Section>

      <Section title="Plan history" description="A new plan is made whenever readings arrive or the settings change.">
        <Card padding="flush">
          <SortableTable
            testId="plan-history"
            rowKey="id"
            initialSort={{ key: "id", direction: "desc" }}
            columns={[
              { key: "id", header: "Plan", format: "integer" },
              { key: "created", header: "Made" },
              { key: "trigger", header: "After" },
              { key: "servicedCount", header: "Stops", format: "integer" },
              { key: "expectedSaving", header: "Expected saving", format: "money" },
            ]}
            rows={history.map((h) => ({ id: h.id, created: h.createdAt.toISOString().replace("T", " ").slice(0, 19) + " UTC", trigger: TRIGGERS[h.trigger] ?? h.trigger, servicedCount: h.servicedCount, expectedSaving: h.expectedSaving }))}
          />
        </Card>
      </Section>
    </>
  );
}
