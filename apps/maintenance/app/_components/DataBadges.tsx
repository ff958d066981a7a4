import type { ModelCard } from "@verticals/core";
import { ProvenanceBadge } from "@verticals/ui";

type CardProvenance = ModelCard["data"]["provenance"];

function Badge({ provenance, short }: { provenance: CardProvenance; short: string }) {
  if (provenance.kind === "synthetic") return <ProvenanceBadge kind="synthetic" dataset={`${short}: ${provenance.name}`} note={provenance.note} />;
  return <ProvenanceBadge kind="real" dataset={short} citation={provenance.citation} licence={provenance.licence} url={provenance.source} note={provenance.note} />;
}

/** Where each dataset came from; one synthetic badge when both are generated twins. */
export function DataBadges({ failure, rul }: { failure: ModelCard | null; rul: ModelCard | null }) {
  const cards = [rul ? { p: rul.data.provenance, short: "NASA C-MAPSS FD001" } : null, failure ? { p: failure.data.provenance, short: "AI4I 2020" } : null].filter(
    (c): c is { p: CardProvenance; short: string } => c !== null,
  );
  if (cards.length === 0) return null;
  if (cards.every((c) => c.p.kind === "synthetic")) return <Badge provenance={cards[0]!.p} short={cards.map((c) => c.short).join(" + ")} />;
  return (
    <span className="mt-badges">
      {cards.map((c) => (
        <Badge key={c.short} provenance={c.p} short={c.short} />
      ))}
    </span>
  );
}
