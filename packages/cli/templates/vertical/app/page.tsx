import { Card, EmptyState, KpiCard, KpiGrid, PageHeader, Section, SortableTable } from "@verticals/ui";
import { FEATURE_COLUMNS, POSITIVE_LABEL } from "../src/pipeline/columns";
import { buildSummary, PURPOSE } from "../src/dashboard/summary";
import { getStore } from "../src/server/runtime";
import { liveKpis } from "../src/store/kpis";
import { topRecords } from "../src/store/records";
import { latestRun } from "../src/store/runs";

export const dynamic = "force-dynamic";

const slug = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+/g, "-");

export default async function OverviewPage() {
  const store = await getStore();
  const [run, kpis, top] = await Promise.all([latestRun(store), liveKpis(store), topRecords(store, 20)]);
  if (!run) {
    return (
      <>
        <PageHeader title="__TITLE__" description={PURPOSE} />
        <EmptyState title="No model in the store yet" description="Train the model, then fill the store:" command="pnpm verticals train __NAME__ && pnpm --filter @verticals/__NAME__ seed" />
      </>
    );
  }
  const summary = buildSummary(run, kpis);
  const { quality } = summary;
  return (
    <>
      <PageHeader eyebrow={`Model ${run.modelVersion}`} title="__TITLE__ overview" description={PURPOSE} />
      <Section title="Live figures" description="Counted in the store now.">
        <KpiGrid>
          {summary.kpis.map((kpi) => (
            <KpiCard key={kpi.label} label={kpi.label} value={kpi.value} format={kpi.format} caption={kpi.caption} testId={`kpi-${slug(kpi.label)}`} />
          ))}
        </KpiGrid>
      </Section>
      <Section title="Model against its baseline" description={`Same features, same split: ${quality.split}.`}>
        <KpiGrid label="Quality">
          <KpiCard label={`${quality.metric} · model`} value={quality.model} format={{ kind: "number", digits: 3 }} caption={run.card.name} testId="quality-model" />
          <KpiCard label={`${quality.metric} · baseline`} value={quality.baseline} format={{ kind: "number", digits: 3 }} caption={quality.baselineName} testId="quality-baseline" />
          <KpiCard label="AUPRC · model" value={run.metrics.model.auprc ?? null} format={{ kind: "number", digits: 3 }} caption={`baseline ${run.metrics.baseline.auprc?.toFixed(3) ?? "n/a"}`} />
        </KpiGrid>
      </Section>
      <Section title="Highest-scoring records" description={`Probability that the record is ${POSITIVE_LABEL}; flagged at ${run.threshold} or above.`}>
        <Card>
          <SortableTable
            testId="records-table"
            rowKey="id"
            columns={[
              { key: "externalId", header: "Record" },
              { key: "probability", header: "Probability", format: "percent", align: "right" },
              { key: "flagged", header: "Flagged", tones: { yes: "warn", no: "neutral" } },
              { key: "label", header: "Known outcome" },
              ...FEATURE_COLUMNS.map((name) => ({ key: name, header: name, format: { kind: "number" as const, digits: 2 }, align: "right" as const })),
            ]}
            rows={top.map((record) => ({
              id: record.id,
              externalId: record.externalId,
              probability: record.probability,
              flagged: record.flagged ? "yes" : "no",
              label: record.label === null ? "unknown" : record.label === 1 ? POSITIVE_LABEL : "negative",
              ...record.features,
            }))}
            empty="No records scored yet."
          />
        </Card>
      </Section>
    </>
  );
}
