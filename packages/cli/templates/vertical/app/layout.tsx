import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppShell, BackendBadge, ProvenanceBadge } from "@verticals/ui";
import "@verticals/ui/styles.css";
import { PURPOSE } from "../src/dashboard/summary";
import { deployedCard } from "../src/server/runtime";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "__TITLE__ · Verticals",
  description: PURPOSE,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const card = await deployedCard().catch(() => undefined);
  const provenance = card?.data.provenance;
  const backend = card?.backend;
  return (
    <html lang="en">
      <body>
        <AppShell
          appTitle="__TITLE__"
          purpose="__TITLE__ records scored by a neural network, against a logistic-regression baseline"
          nav={[
            { href: "/", label: "Overview" },
            { href: "/model", label: "Model card" },
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
          backend={
            backend ? (
              <BackendBadge runtime="tfjs" backend={backend.name} detail={backend.name === "wasm" ? (backend.simd ? "SIMD" : "no SIMD") : undefined} title={`Model trained on tfjs ${backend.tfjsVersion} (${backend.name})`} />
            ) : undefined
          }
        >
          {children}
        </AppShell>
      </body>
    </html>
  );
}
