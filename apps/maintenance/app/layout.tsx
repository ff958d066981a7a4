import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppShell, BackendBadge, DisclaimerBanner } from "@verticals/ui";
import "@verticals/ui/styles.css";
import "./maintenance.css";
import { readModels } from "../src/server/cards";
import { DataBadges } from "./_components/DataBadges";

export const metadata: Metadata = {
  title: "Maintenance · Verticals",
  description: "Machine-failure risk, remaining useful life and a maintenance plan for a turbofan fleet.",
};

export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  const models = readModels();
  const backend = models.rul?.backend;
  return (
    <html lang="en">
      <body>
        <AppShell
          appTitle="Maintenance"
          purpose="Which engines will fail, when, and which to service first"
          nav={[
            { href: "/", label: "Fleet" },
            { href: "/plan", label: "Plan" },
            { href: "/failure", label: "Failure risk" },
            { href: "/ingest", label: "Add readings" },
            { href: "/models", label: "Models" },
          ]}
          provenance={<DataBadges failure={models.failure} rul={models.rul} />}
          backend={
            backend ? (
              <BackendBadge runtime="tfjs" backend={backend.name} detail={backend.name === "wasm" ? (backend.simd ? "SIMD" : "no SIMD") : undefined} title="Backend the RUL network was trained on" />
            ) : (
              <BackendBadge runtime="tfjs" backend="not trained yet" />
            )
          }
          disclaimer={
            <DisclaimerBanner>
              Demonstration on public benchmark data: C-MAPSS engines are simulated by NASA and AI4I 2020 is itself synthetic (UCI). Not for real maintenance decisions.
            </DisclaimerBanner>
          }
        >
          {children}
        </AppShell>
      </body>
    </html>
  );
}
