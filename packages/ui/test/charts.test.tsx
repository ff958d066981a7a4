// Recharts draws its SVG after mounting in the browser, so on the server each chart renders its frame
// (legend, sized plot box, caption); these tests check that frame and that nothing throws.
import { describe, expect, it } from "@jest/globals";
import { renderToStaticMarkup } from "react-dom/server";
import { BarChart, CurveChart, HeatmapOverlay, Histogram, IntervalChart, LineChart, ReliabilityDiagram } from "../src/index";

const text = (markup: string) => markup.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
const roc = Array.from({ length: 101 }, (_, i) => ({ x: i / 100, y: Math.sqrt(i / 100) }));

describe("charts render on the server", () => {
  it("LineChart", () => {
    const out = renderToStaticMarkup(<LineChart label="Alerts" series={[{ name: "Model", role: "model", points: [{ x: "2016-01-01", y: 3 }] }, { name: "Baseline", role: "baseline", points: [{ x: "2016-01-01", y: 5 }] }]} height={200} caption="per day" />);
    expect(out).toContain('aria-label="Alerts"');
    expect(out).toContain("height:200px");
    expect(out).toContain("vx-swatch--dash");
    expect(text(out)).toContain("per day");
  });

  it("IntervalChart", () => {
    const out = renderToStaticMarkup(
      <IntervalChart label="Demand" history={[{ x: "d1", y: 10 }]} forecast={[{ x: "d2", median: 11, p10: 9, p90: 13, p025: 8, p975: 14 }]} actuals={[{ x: "d2", y: 12 }]} baseline={[{ x: "d2", y: 10 }]} />,
    );
    const t = text(out);
    for (const name of ["History", "Forecast (median)", "80% interval (P10–P90)", "95% interval", "Actual", "Baseline forecast"]) expect(t).toContain(name);
  });

  it("IntervalChart leaves out the 95% band when not given", () => {
    expect(text(renderToStaticMarkup(<IntervalChart label="Demand" history={[]} forecast={[{ x: 1, median: 1, p10: 0, p90: 2 }]} />))).not.toContain("95% interval");
  });

  it("CurveChart puts AUC and AP in the legend", () => {
    const rocOut = text(renderToStaticMarkup(<CurveChart kind="roc" curves={[{ name: "Model", role: "model", points: roc, area: 0.9741 }, { name: "Baseline", role: "baseline", points: roc, area: 0.91 }]} operatingPoint={{ x: 0.1, y: 0.8, label: "t=0.5" }} />));
    expect(rocOut).toContain("Model AUC 0.974");
    expect(rocOut).toContain("Baseline AUC 0.910");
    expect(rocOut).toContain("Chance");
    const prOut = text(renderToStaticMarkup(<CurveChart kind="pr" curves={[{ name: "Model", role: "model", points: roc, area: 0.8 }]} prevalence={0.0017} />));
    expect(prOut).toContain("Model AP 0.800");
    expect(prOut).toContain("No skill (0.17% positives)");
  });

  it("Histogram shows class sizes and the threshold", () => {
    const out = text(renderToStaticMarkup(<Histogram label="Scores" series={[{ name: "Legit", values: [0.1, 0.2, 0.3] }, { name: "Fraud", values: [0.9] }]} bins={10} domain={[0, 1]} threshold={0.42} />));
    expect(out).toContain("Legit n = 3");
    expect(out).toContain("Fraud n = 1");
    expect(out).toContain("Threshold 0.42");
  });

  it("Histogram refuses mismatched counts", () => {
    expect(() => renderToStaticMarkup(<Histogram label="x" series={[{ name: "a", counts: [1, 2] }]} edges={[0, 1]} />)).toThrow('series "a" has 2 counts, expected 1');
  });

  it("BarChart", () => {
    const out = renderToStaticMarkup(<BarChart label="Importance" data={[{ f: "amount", m: 0.3, b: 0.1 }]} categoryKey="f" series={[{ key: "m", name: "Model", role: "model" }, { key: "b", name: "Baseline", role: "baseline" }]} mode="stacked" horizontal />);
    expect(out).toContain('aria-label="Importance"');
    expect(text(out)).toContain("Model");
  });

  it("ReliabilityDiagram", () => {
    const out = text(renderToStaticMarkup(<ReliabilityDiagram series={[{ name: "Model", role: "model", bins: [{ meanPredicted: 0.1, fractionPositive: 0.12, count: 50 }] }]} />));
    expect(out).toContain("Perfect calibration");
    expect(out).toContain("Samples per bin (Model)");
  });

  it("HeatmapOverlay renders both canvases at native size and checks sizes", () => {
    const image = { width: 4, height: 4, data: new Uint8Array(16) };
    const out = renderToStaticMarkup(<HeatmapOverlay image={image} heat={{ width: 2, height: 2, data: [0, 1, 2, 3] }} label="X-ray" size={200} />);
    expect(out.match(/<canvas/g)).toHaveLength(2);
    expect(out).toContain('width="4" height="4"');
    expect(out).toContain('width="2" height="2"');
    expect(out).toContain("width:200px;height:200px");
    expect(text(out)).toContain("Overlay opacity");
    expect(() => renderToStaticMarkup(<HeatmapOverlay image={image} heat={{ width: 8, height: 8, data: new Array(64).fill(0) }} label="x" />)).toThrow("heat (8x8) must not be larger than the image (4x4)");
  });
});
