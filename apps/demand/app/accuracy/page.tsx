import { BarChart, Card, EmptyState, Grid, PageHeader, Section, SortableTable } from "@verticals/ui";
import { BASELINE_LABELS, BASELINE_NAMES } from "../../src/pipeline/baselines";
import { DEMAND_CLASSES } from "../../src/pipeline/demand-class";
import { HIERARCHY_LEVELS } from "../../src/pipeline/hierarchy";
import { CLASS_HELP, CLASS_NAMES, LEVEL_NAMES } from "../../src/web/labels";
import { loadRunView } from "../../src/web/run-view";
import { LevelAccuracyChart } from "../_components/LevelAccuracyChart";

export const dynamic = "force-dynamic";


export default async function AccuracyPage() {
  const run = await loadRunView();
  if (!run) return <EmptyState title="No forecast yet" description="Train the model and fill the store first." command="pnpm verticals demo" />;
  const cal = run.evaluation.calibration;
  const levels = HIERARCHY_LEVELS.map((level) => ({ level, entry: cal.byLevel[level] }));
  const coverageRows = levels.map(({ level, entry }) => ({ level: LEVEL_NAMES[level], c80: entry.model.coverage_80, c95: entry.model.coverage_95 }));
  const classes = DEMAND_CLASSES.filter((c) => cal.byClass[c]);
  const classRows = classes.map((c) => {
    const e = cal.byClass[c]!;
    return { demand: CLASS_NAMES[c], model: e.model.weighted_rmsse, naive: e.baselines.seasonal_naive.weighted_rmsse, ets: e.baselines.ets.weighted_rmsse, tsb: e.baselines.tsb.weighted_rmsse };
  });
  const classCoverage = classes.map((c) => ({ demand: CLASS_NAMES[c], c80: cal.byClass[c]!.model.coverage_80, c95: cal.byClass[c]!.model.coverage_95 }));
  const methodRows = [
    { method: "Model (global neural network)", ...cal.model },
    ...BASELINE_NAMES.map((name) => ({ method: BASELINE_LABELS[name], ...cal.baselines[name] })),
  ].map((r) => ({ method: r.method, wrmsse: r.weighted_rmsse, mrmsse: r.mean_rmsse, c80: r.coverage_80, c95: r.coverage_95, pinball: r.pinball }));
  return (
    <>
      <PageHeader
        eyebrow={`Backtest · ${cal.firstDate} to ${cal.lastDate}`}
        title="How accurate is the forecast?"
        description="Measured on the last 28 days of history, which the model never trained on, against classic methods fitted on the same history. Weighted RMSSE is M5's measure (lower is better, below 1 beats a naive day-to-day forecast); coverage says whether the bands hold what they promise."
      />
      <div className="dm-stack">
      <Grid columns={2}>
        <Card title="Error at every level" subtitle="Totals are the model's reconciled sums; baselines are fitted on each total directly.">
          <LevelAccuracyChart report={cal} label="Weighted RMSSE by level" testId="accuracy-levels" />
        </Card>
        <Card
          title="Do the bands hold?"
          subtitle="Share of days inside the model's 80% and 95% bands, per level (targets 80% and 95%). Totals' bands are calibrated on one 28-day window; a level shift shared by a whole state or store makes their coverage noisy."
        >
          <BarChart
            label="Band coverage by level"
            data={coverageRows}
            categoryKey="level"
            series={[
              { key: "c80", name: "80% band", role: "model" },
              { key: "c95", name: "95% band" },
            ]}
            horizontal
            reference={{ value: 0.8, label: "80%" }}
            valueFormat={{ kind: "percent", digits: 0 }}
            testId="accuracy-coverage"
          />
        </Card>
      </Grid>
      <Section title="By demand type" description={classes.map((c) => `${CLASS_NAMES[c]}: ${CLASS_HELP[c]}`).join(" · ")}>
        <Grid template="3fr 2fr">
          <Card title="Error by demand type" subtitle="Weighted RMSSE within each class">
            <BarChart
              label="Weighted RMSSE by demand class"
              data={classRows}
              categoryKey="demand"
              series={[
                { key: "model", name: "Model", role: "model" },
                { key: "naive", name: "Seasonal naive", role: "baseline" },
                { key: "ets", name: "ETS" },
                { key: "tsb", name: "TSB" },
              ]}
              valueFormat={{ kind: "number", digits: 2 }}
              height={280}
              testId="accuracy-classes"
            />
          </Card>
          <Card title="Band coverage by demand type" subtitle="Zero-heavy items get zero-heavy bands">
            <BarChart
              label="Band coverage by demand class"
              data={classCoverage}
              categoryKey="demand"
              series={[
                { key: "c80", name: "80% band", role: "model" },
                { key: "c95", name: "95% band" },
              ]}
              reference={{ value: 0.8, label: "80%" }}
              valueFormat={{ kind: "percent", digits: 0 }}
              height={280}
            />
          </Card>
        </Grid>
      </Section>
      <Section title="All methods, item x store" description="Every baseline on the same window. Coverage for the baselines uses their own (normal or empirical) intervals.">
        <Card padding="flush">
          <SortableTable
            columns={[
              { key: "method", header: "Method" },
              { key: "wrmsse", header: "Weighted RMSSE", format: { kind: "number", digits: 3 } },
              { key: "mrmsse", header: "Mean RMSSE", format: { kind: "number", digits: 3 } },
              { key: "c80", header: "80% band coverage", format: { kind: "percent", digits: 1 } },
              { key: "c95", header: "95% band coverage", format: { kind: "percent", digits: 1 } },
              { key: "pinball", header: "Pinball loss", format: { kind: "number", digits: 3 } },
            ]}
            rows={methodRows}
            rowKey="method"
            initialSort={{ key: "wrmsse", direction: "asc" }}
            testId="methods-table"
          />
        </Card>
      </Section>
      <p className="dm-note">
        For the full held-out benchmark (train on all but the last 28 days of the sales file, score those days) run <code>pnpm verticals evaluate demand --data-dir DIR</code>.
      </p>
      </div>
    </>
  );
}
