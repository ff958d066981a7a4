import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppShell, BackendBadge, DisclaimerBanner, ProvenanceBadge } from "@verticals/ui";
import "@verticals/ui/styles.css";
import "./hello.css";

export const metadata: Metadata = {
  title: "Hello · Verticals",
  description: "Placeholder app that exercises the Verticals UI kit with seeded, generated numbers.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <AppShell
          appTitle="Hello"
          purpose="Wiring check for the dashboard kit, fed with generated numbers"
          nav={[
            { href: "/", label: "Overview" },
            { href: "/#threshold", label: "Threshold" },
            { href: "/#forecast", label: "Forecast" },
            { href: "/#queue", label: "Work queue" },
            { href: "/#model-card", label: "Model card" },
          ]}
          provenance={<ProvenanceBadge kind="synthetic" dataset="Seeded placeholder generator" note="mulberry32, seed 42" />}
          backend={<BackendBadge runtime="seeded generator" backend="no model" title="No model runs in this placeholder app" />}
          disclaimer={<DisclaimerBanner tone="warning">Placeholder app: numbers come from a seeded random generator, to show the layout. Not real results.</DisclaimerBanner>}
        >
          {children}
        </AppShell>
      </body>
    </html>
  );
}
