import type { ReactNode } from "react";

/** Row of KPI cards: as many columns as fit, each at least ~210 px wide. */
export function KpiGrid({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <div className="vx-kpi-grid" role="group" aria-label={label ?? "Key figures"}>
      {children}
    </div>
  );
}
