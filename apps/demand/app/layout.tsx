import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppShell, BackendBadge, DisclaimerBanner, ProvenanceBadge } from "@verticals/ui";
import "@verticals/ui/styles.css";
import "./demand.css";
import { backendProps, provenanceProps } from "../src/web/badges";
import { loadRunView } from "../src/web/run-view";

export const metadata: Metadata = {
  title: "Demand · Verticals",
  description: "Item x store demand forecasts with bands, reconciled totals and replenishment orders at a chosen service level (M5 / Walmart).",
};

export const dynamic = "force-dynamic";

const NAV = [
  { href: "/", label: "Overview" },
  { href: "/explorer", label: "Explorer" },
  { href: "/accuracy", label: "Accuracy" },
  { href: "/orders", label: "Orders" },
  { href: "/what-if", label: "What-if" },
  { href: "/upload", label: "Upload sales" },
  { href: "/model", label: "Model card" },
];

async function badges() {
  try {
    const run = await loadRunView();
    if (!run) return { provenance: null, backend: null };
    return { provenance: <ProvenanceBadge {...provenanceProps(run.card)} />, backend: <BackendBadge {...backendProps(run.card)} /> };
  } catch {
    // The page itself explains a broken store; the chrome stays usable.
    return { provenance: null, backend: null };
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { provenance, backend } = await badges();
  return (
    <html lang="en">
      <body>
        <AppShell
          appTitle="Demand"
          purpose="What each store will sell in the next 4 weeks, how sure we are, and what to order"
          nav={NAV}
          provenance={provenance}
          backend={backend}
          disclaimer={
            <DisclaimerBanner>
              Demonstration on M5 (Walmart) data: forecasts and orders are decision support for a planner, not automatic purchasing. M5 records sales, not stock:
              order quantities assume one week of cover on hand.
            </DisclaimerBanner>
          }
        >
          {children}
        </AppShell>
      </body>
    </html>
  );
}
