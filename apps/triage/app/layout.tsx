import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppShell, BackendBadge, DisclaimerBanner, ProvenanceBadge } from "@verticals/ui";
import "@verticals/ui/styles.css";
import "./triage.css";
import { deployedModel } from "../src/server/dashboard";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Triage · Verticals",
  description: "Chest X-ray pneumonia triage: a CNN orders the reading worklist and shows where it looked. Demonstration, not a medical device.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const model = await deployedModel().catch(() => undefined);
  const provenance = model?.card.data.provenance;
  const backend = model?.card.backend;
  return (
    <html lang="en">
      <body>
        <AppShell
          appTitle="Triage"
          purpose="Chest X-ray pneumonia worklist with heatmaps and de-identification"
          nav={[
            { href: "/", label: "Worklist" },
            { href: "/performance", label: "Performance" },
            { href: "/compare", label: "Model comparison" },
            { href: "/model", label: "Model card" },
            { href: "/audit", label: "Audit trail" },
          ]}
          provenance={
            provenance ? (
              provenance.kind === "real" ? (
                <ProvenanceBadge kind="real" dataset={provenance.name} citation={provenance.citation} licence={provenance.licence} url={provenance.source} note={provenance.note} />
              ) : (
                <ProvenanceBadge kind="synthetic" dataset={provenance.name} note={provenance.note} />
              )
            ) : undefined
          }
          backend={backend ? <BackendBadge runtime="tfjs" backend={backend.name} detail={backend.name === "wasm" ? (backend.simd ? "SIMD" : "no SIMD") : undefined} title={`Model trained and served on tfjs ${backend.tfjsVersion} (${backend.name})`} /> : undefined}
          disclaimer={
            <DisclaimerBanner tone="warning" title="Demonstration, not a medical device.">
              Scores and heatmaps come from a research model trained on 28×28 thumbnails of pediatric chest X-rays. They must not be used for diagnosis or treatment.
            </DisclaimerBanner>
          }
        >
          <div className="triage-banner" role="note" data-testid="disclaimer">
            <strong>Demonstration, not a medical device.</strong> Every study is read by a radiologist; the model only orders the list.
          </div>
          {children}
        </AppShell>
      </body>
    </html>
  );
}
