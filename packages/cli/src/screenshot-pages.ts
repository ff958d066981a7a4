// Which page of each app the README shows, and how to tell it has finished drawing. The selectors are
// ones that exist only when the app has a trained model and a filled store, so an unready app fails the
// shot instead of being photographed as an empty state.
import { join } from "node:path";
import { type AppManifest } from "./manifest";

export interface ScreenshotPage {
  /** Path on the app's server, e.g. "/". */
  path: string;
  /** Visible when the page shows the real product (a chart's svg is drawn client-side, after hydration). */
  waitFor: string[];
  /** Must not be on the page (error or problem states). */
  forbid: string[];
  /** Scrolled to the top of the 1440x900 viewport when the telling part is below the first screen. */
  scrollTo?: string;
  /** One line under the image in the README. */
  caption: string;
}

const RECHARTS = "svg.recharts-surface";

export const SCREENSHOT_PAGES: Readonly<Record<string, ScreenshotPage>> = {
  portal: {
    path: "/",
    waitFor: ['[data-testid="portal-grid"] [data-testid="vertical-card"][data-status="ok"]'],
    // Every card must be live: a card showing "not running" or "no model" is not what the README promises.
    forbid: ['[data-testid="vertical-card"]:not([data-status="ok"])', '[data-testid="portal-problems"]'],
    caption: "one live card per vertical: what its model does, live KPIs, quality against its baseline, provenance",
  },
  fraud: {
    path: "/",
    waitFor: [`[data-testid="pr"] ${RECHARTS}`, `[data-testid="roc"] ${RECHARTS}`],
    forbid: [],
    caption: "cost-based alert threshold, live KPIs, precision-recall and ROC against logistic regression",
  },
  maintenance: {
    path: "/",
    waitFor: ['[data-testid="kpi-critical"]', '[data-testid="fleet-tiles"]', '[data-testid="rul-forest"] svg'],
    forbid: [],
    caption: "fleet health: remaining useful life per engine with an 80% band, riskiest first, and the maintenance plan",
  },
  triage: {
    path: "/",
    waitFor: ['[data-testid="worklist-row"] img'],
    forbid: [],
    // The ranked rows with their heatmaps sit below the KPIs and the upload form: bring them up.
    scrollTo: 'section:has([data-testid="worklist"])',
    caption: "the radiologist's worklist ranked by pneumonia probability, each study with its Grad-CAM heatmap",
  },
  demand: {
    path: "/",
    waitFor: ['[data-testid="kpi-error"]', `[data-testid="chain-chart"] ${RECHARTS}`],
    forbid: [],
    caption: "next four weeks of demand with 80%/95% bands, accuracy against seasonal naive and ETS, orders to place",
  },
};

/** An app without an entry gets its home page once the network is idle and no skeleton shows. */
export function screenshotPageFor(app: AppManifest): ScreenshotPage {
  return SCREENSHOT_PAGES[app.name] ?? { path: "/", waitFor: ["main"], forbid: [], caption: app.summary };
}

export const SCREENSHOTS_DIR = join("docs", "screenshots");

/** Repository-relative path of an app's screenshot, as the README links it. */
export function screenshotPath(appName: string): string {
  return `${SCREENSHOTS_DIR}/${appName}.png`;
}
