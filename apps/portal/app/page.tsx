import { EmptyState, PageHeader } from "@verticals/ui";
import { loadPortal } from "../src/verticals/load";
import type { VerticalSource } from "../src/verticals/discover";
import { VerticalCard } from "./VerticalCard";

// Every request asks the apps afresh: the figures are live.
export const dynamic = "force-dynamic";

export default async function PortalPage() {
  const { discovery, cards } = await loadPortal();
  const live = cards.filter((card) => card.result.status === "ok");
  const onRealData = live.filter((card) => card.result.status === "ok" && card.result.summary.provenance.kind === "real").length;
  const beatBaseline = live.filter((card) => {
    if (card.result.status !== "ok") return false;
    const { model, baseline, higherIsBetter } = card.result.summary.quality;
    return higherIsBetter ? model > baseline : model < baseline;
  }).length;

  return (
    <>
      <PageHeader
        eyebrow="AI at work in traditional industries"
        title="One model per industry, measured against a plain baseline"
        description="Each card is a working application: what its model does, its live figures, how much better it is than the simple rule it replaces, and whether its data is real or synthetic."
      />
      {cards.length > 0 ? (
        <p className="portal-strip" data-testid="portal-strip">
          <span>
            <strong>{live.length}</strong> of {cards.length} running
          </span>
          <span>
            <strong>{beatBaseline}</strong> beat their baseline
          </span>
          <span>
            <strong>{onRealData}</strong> on real data
          </span>
        </p>
      ) : null}
      {cards.length === 0 ? (
        <EmptyState
          title="No verticals found"
          description={<>The portal found no apps to show ({sourceText(discovery.source)}). List them in a portal.config.json (see the portal README), or run the whole suite from the repository root:</>}
          command="pnpm verticals demo"
        />
      ) : (
        <div className="portal-grid" data-testid="portal-grid">
          {cards.map(({ vertical, result }) => (
            <VerticalCard key={vertical.name} vertical={vertical} result={result} />
          ))}
        </div>
      )}
      {discovery.problems.length > 0 ? (
        <div className="portal-problems" role="alert" data-testid="portal-problems">
          <strong>Configuration problems</strong>
          <ul>
            {discovery.problems.map((problem) => (
              <li key={problem} className="vx-mono">
                {problem}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="portal-source">Apps from {sourceText(discovery.source)}.</p>
    </>
  );
}

function sourceText(source: VerticalSource): string {
  switch (source.kind) {
    case "config":
      return source.file;
    case "manifests":
      return `the manifests in ${source.dir}`;
    case "none":
      return `no portal.config.json and no app manifests in ${source.dir}`;
  }
}
