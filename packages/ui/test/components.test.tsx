import { describe, expect, it } from "@jest/globals";
import { renderToStaticMarkup } from "react-dom/server";
import {
  AppShell,
  BackendBadge,
  Card,
  ConfusionMatrix,
  DisclaimerBanner,
  EmptyState,
  ErrorState,
  Gauge,
  Grid,
  HealthBadge,
  KpiCard,
  KpiGrid,
  LoadingState,
  ModelCardView,
  PageHeader,
  ProvenanceBadge,
  Section,
  SortableTable,
  Sparkline,
  backendText,
  bandFor,
  betterSide,
  confusionCells,
  deltaTone,
  sparklinePath,
  type ModelCardViewProps,
} from "../src/index";

const html = (node: React.ReactElement) => renderToStaticMarkup(node);
const text = (markup: string) => markup.replace(/<[^>]+>/g, "");

describe("ProvenanceBadge", () => {
  it("warns plainly about synthetic data", () => {
    const out = html(<ProvenanceBadge kind="synthetic" dataset="Twin of creditcard.csv" />);
    expect(text(out)).toContain("Synthetic data — generated for demonstration, not real");
    expect(out).toContain("vx-badge--synthetic");
    expect(out).toContain('data-provenance="synthetic"');
  });
  it("names real data and reveals citation and licence in a details element", () => {
    const out = html(<ProvenanceBadge kind="real" dataset="ULB Credit Card Fraud" citation="Dal Pozzolo et al., 2015" licence="ODbL 1.0" url="https://example.org/data" />);
    expect(out).toMatch(/^<details class="vx-provenance"/);
    expect(text(out)).toContain("Real data · ULB Credit Card Fraud");
    expect(text(out)).toContain("Dal Pozzolo et al., 2015");
    expect(text(out)).toContain("ODbL 1.0");
    expect(out).not.toContain("Synthetic");
  });
});

describe("BackendBadge", () => {
  it("reads like tfjs · wasm (SIMD)", () => {
    expect(backendText({ runtime: "tfjs", backend: "wasm", detail: "SIMD" })).toBe("tfjs · wasm (SIMD)");
    expect(backendText({ backend: "cpu" })).toBe("cpu");
    expect(text(html(<BackendBadge runtime="tfjs" backend="wasm" detail="SIMD" />))).toBe("tfjs · wasm (SIMD)");
  });
});

describe("KpiCard", () => {
  it("formats the value and a signed, toned delta", () => {
    const out = html(<KpiCard label="Recall" value={0.8123} format="percent" delta={{ value: 0.052, format: "percentPoints", label: "vs baseline", goodWhen: "up" }} testId="k" />);
    expect(text(out)).toContain("81.2%");
    expect(text(out)).toContain("+5.2 pp");
    expect(out).toContain("vx-delta--good");
    expect(out).toContain('data-testid="k-value"');
  });
  it("marks a rise of an error as bad and shows a dash for missing values", () => {
    const out = html(<KpiCard label="MAE" value={Number.NaN} delta={{ value: 1.5, goodWhen: "down" }} />);
    expect(out).toContain("vx-delta--bad");
    expect(text(out)).toContain("—");
    expect(text(out)).not.toContain("NaN");
  });
  it("derives tones", () => {
    expect(deltaTone({ value: -2, goodWhen: "down" })).toBe("good");
    expect(deltaTone({ value: 0, goodWhen: "up" })).toBe("neutral");
    expect(deltaTone({ value: 3 })).toBe("neutral");
  });
  it("renders a sparkline when given a trend", () => {
    expect(html(<KpiGrid><KpiCard label="x" value={1} trend={[1, 2, 3]} /></KpiGrid>)).toContain("vx-sparkline");
  });
});

const card: ModelCardViewProps = {
  title: "Fraud scorer",
  version: "1.2.0",
  date: "2026-11-20",
  task: "Binary classification",
  description: "Scores card transactions.",
  intendedUse: "Prioritising analyst review.",
  limitations: ["Trained on 2013 European data."],
  data: { provenance: { kind: "synthetic" }, rows: 284807, features: 30 },
  split: { train: 227845, test: 56962 },
  metrics: [
    { name: "ROC AUC", model: 0.974, baseline: 0.912, format: { kind: "number", digits: 3 } },
    { name: "False alarms", model: 120, baseline: 80, higherIsBetter: false, format: "integer" },
    { name: "Brier", model: 0.01, baseline: 0.01 },
  ],
  backend: { runtime: "tfjs", backend: "wasm", detail: "SIMD" },
  trainingTimeMs: 8400,
  hyperparameters: { epochs: 3, learningRate: 0.001, balanced: true },
};

describe("ModelCardView", () => {
  it("shows every section and highlights the better side per metric", () => {
    const out = html(<ModelCardView {...card} />);
    const t = text(out);
    for (const part of ["Fraud scorer", "v1.2.0", "Trained 20 Nov 2026", "Prioritising analyst review.", "Trained on 2013 European data.", "284,807", "train 227,845 · test 56,962 rows", "tfjs · wasm (SIMD)", "8.40 s", "learningRate", "0.974", "0.912"]) {
      expect(t).toContain(part);
    }
    expect(t).toContain("Synthetic data — generated for demonstration, not real");
    // AUC: model better; false alarms (lower is better): baseline better; Brier tie: nobody.
    expect(out.match(/data-better="true"/g)).toHaveLength(2);
    expect(out).toMatch(/data-better="true">0\.974/);
    expect(out).toMatch(/data-better="true">80</);
  });
  it("decides the better side", () => {
    expect(betterSide({ name: "a", model: 1, baseline: 2 })).toBe("baseline");
    expect(betterSide({ name: "a", model: 1, baseline: 2, higherIsBetter: false })).toBe("model");
    expect(betterSide({ name: "a", model: null, baseline: 2 })).toBe("tie");
  });
});

describe("ConfusionMatrix", () => {
  it("computes row-normalised rates", () => {
    const cells = confusionCells({ tn: 90, fp: 10, fn: 5, tp: 15 });
    expect(cells.tp.rate).toBeCloseTo(0.75);
    expect(cells.fp.rate).toBeCloseTo(0.1);
    expect(cells.tn.rate).toBeCloseTo(0.9);
    expect(cells.fn.rate).toBeCloseTo(0.25);
    const out = text(html(<ConfusionMatrix tn={90} fp={10} fn={5} tp={15} labels={{ negative: "Legit", positive: "Fraud" }} />));
    expect(out).toContain("75.0% recall");
    expect(out).toContain("Fraud");
  });
  it("rejects negative counts and shows a dash for an empty class", () => {
    expect(() => confusionCells({ tn: -1, fp: 0, fn: 0, tp: 0 })).toThrow("tn must be a non-negative count, got -1");
    expect(text(html(<ConfusionMatrix tn={5} fp={0} fn={0} tp={0} />))).toContain("— recall");
  });
});

describe("Gauge and HealthBadge", () => {
  it("finds the band and clamps", () => {
    expect(bandFor(10).tone).toBe("bad");
    expect(bandFor(55).tone).toBe("warn");
    expect(bandFor(150).tone).toBe("good");
    expect(html(<Gauge value={82} label="Health" />)).toContain("Health: 82 of 100, Healthy");
    expect(text(html(<HealthBadge value={31} />))).toBe("31Critical");
  });
});

describe("Sparkline", () => {
  it("breaks the line at gaps and centres a flat series", () => {
    expect(sparklinePath([1, null, 3], 100, 20)).toMatch(/^M2\.0,18\.0M98\.0,2\.0$/);
    expect(sparklinePath([5, 5], 100, 20)).toBe("M2.0,10.0L98.0,10.0");
    expect(sparklinePath([], 100, 20)).toBe("");
    expect(html(<Sparkline values={[1, 2]} label="Alerts" />)).toContain('aria-label="Alerts"');
  });
});

describe("shell", () => {
  it("puts title, purpose, nav, badges and disclaimer in place", () => {
    const out = html(
      <AppShell appTitle="Fraud" purpose="Flags suspicious card payments" nav={[{ href: "/", label: "Overview" }, { href: "/alerts", label: "Alerts" }]} provenance={<ProvenanceBadge kind="synthetic" />} backend={<BackendBadge backend="wasm" />} disclaimer={<DisclaimerBanner>Demonstration only</DisclaimerBanner>}>
        <PageHeader title="Overview" description="d" />
        <Section title="KPIs" id="kpis">
          <Grid columns={3}>
            <Card title="A">x</Card>
          </Grid>
        </Section>
      </AppShell>,
    );
    const t = text(out);
    expect(t).toContain("Verticals");
    expect(t).toContain("Flags suspicious card payments");
    expect(out).toContain('href="/alerts"');
    expect(out.indexOf("vx-badge--synthetic")).toBeLessThan(out.indexOf("vx-badge--backend"));
    expect(out).toContain('aria-labelledby="kpis-title"');
    expect(out).toContain('data-cols="3"');
    expect(t).toContain("Demonstration only");
  });
});

describe("states", () => {
  it("loading is a polite status, error offers a retry, empty says what to run", () => {
    expect(html(<LoadingState />)).toContain('role="status"');
    expect(html(<LoadingState variant="table" />).match(/vx-skeleton--row/g)).toHaveLength(6);
    const error = html(<ErrorState message="Store unreachable" retryHref="/" />);
    expect(error).toContain('role="alert"');
    expect(error).toContain('href="/"');
    expect(text(html(<EmptyState title="No model yet" command="pnpm verticals train fraud" />))).toContain("pnpm verticals train fraud");
  });
});

describe("SortableTable (server render)", () => {
  const rows = [
    { id: "a", amount: 12.5, status: "open" },
    { id: "b", amount: 900, status: "cleared" },
    { id: "c", amount: null, status: "open" },
  ];
  const columns = [
    { key: "id", header: "Alert" },
    { key: "amount", header: "Amount", format: "money" as const },
    { key: "status", header: "Status", tones: { open: "warn" as const, cleared: "good" as const } },
  ];
  it("applies the initial sort, formats, links and pills", () => {
    const out = html(<SortableTable columns={columns} rows={rows} rowKey="id" rowHref="/alerts/{id}" initialSort={{ key: "amount", direction: "desc" }} />);
    const order = [...out.matchAll(/href="\/alerts\/(\w)"/g)].map((m) => m[1]);
    expect(order).toEqual(["b", "a", "c"]);
    expect(text(out)).toContain("$900.00");
    expect(text(out)).toContain("—");
    expect(out).toContain('class="vx-pill vx-pill--good">cleared');
    expect(out).toContain('aria-sort="descending"');
  });
  it("shows the empty state and limits rows", () => {
    expect(text(html(<SortableTable columns={columns} rows={[]} rowKey="id" empty="No alerts: run pnpm verticals demo" />))).toContain("No alerts: run pnpm verticals demo");
    expect(text(html(<SortableTable columns={columns} rows={rows} rowKey="id" maxRows={2} />))).toContain("Showing 2 of 3 rows");
  });
});
