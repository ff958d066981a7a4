import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppShell } from "@verticals/ui";
import "@verticals/ui/styles.css";
import "./portal.css";

export const metadata: Metadata = {
  title: "Verticals · AI at work in traditional industries",
  description: "One card per vertical: what its model does, its live headline figures, its quality against a plain baseline and where its data comes from.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <AppShell
          appTitle="Portal"
          purpose="Every vertical at a glance: what its model does and how good it is"
          disclaimer="Figures are read live from each app's /api/summary. Demonstration software: models trained on public or synthetic data, not for production decisions."
        >
          {children}
        </AppShell>
      </body>
    </html>
  );
}
