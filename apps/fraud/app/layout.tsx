import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppShell, BackendBadge, DisclaimerBanner, ProvenanceBadge } from "@verticals/ui";
import "@verticals/ui/styles.css";
import "./fraud.css";
import { backendProps, currentRun, provenanceProps } from "../src/dashboard/page-data";

export const metadata: Metadata = {
  title: "Fraud · Verticals",
  description: "Card transactions scored by a calibrated neural network, with explained alerts and an analyst review queue.",
};

export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: ReactNode }) {
  const run = await currentRun().catch(() => null);
  return (
    <html lang="en">
      <body>
        <AppShell
          appTitle="Fraud"
          purpose="Card transactions scored, explained and reviewed"
          nav={[
            { href: "/", label: "Overview" },
            { href: "/alerts", label: "Review queue" },
            { href: "/score", label: "Score a file" },
            { href: "/model", label: "Model card" },
          ]}
          provenance={run ? <ProvenanceBadge {...provenanceProps(run)} /> : <span className="vx-badge">No model trained yet</span>}
          backend={run ? <BackendBadge {...backendProps(run)} /> : null}
          disclaimer={
            <DisclaimerBanner>
              A demonstration on public data ({run?.card.data.provenance.kind === "real" ? "real ULB card transactions, a row subset" : "synthetic transactions"}), not a production fraud system.
            </DisclaimerBanner>
          }
        >
          {children}
        </AppShell>
      </body>
    </html>
  );
}
