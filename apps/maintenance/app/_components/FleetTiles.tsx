import Link from "next/link";
import { bandFor, defaultHealthBands, formatNumber } from "@verticals/ui";
import type { FleetRow } from "../../src/store/queries";

/** Every engine as a coloured tile, riskiest first: the fleet's state at a glance. */
export function FleetTiles({ rows }: { rows: FleetRow[] }) {
  return (
    <div className="mt-tiles" data-testid="fleet-tiles">
      {rows.map((r) => {
        const band = r.health === null ? null : bandFor(r.health, defaultHealthBands);
        const tone = band?.tone ?? "neutral";
        return (
          <Link
            key={r.id}
            href={`/assets/${r.id}`}
            className={`mt-tile mt-tile--${tone}`}
            title={`${r.name}: health ${formatNumber(r.health, { digits: 0 })}, RUL ${formatNumber(r.rul, { digits: 0 })} cycles (80%: ${formatNumber(r.rulP10, { digits: 0 })}–${formatNumber(r.rulP90, { digits: 0 })})`}
          >
            <span className="mt-tile__id">{r.id.replace("ENG-", "")}</span>
            <span className="mt-tile__rul">{formatNumber(r.rul, { digits: 0 })}</span>
            {r.planAction === "service" ? <span className="mt-tile__wrench" aria-label="planned stop">⚑</span> : null}
          </Link>
        );
      })}
    </div>
  );
}
