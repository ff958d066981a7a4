import { loadPortal } from "../../../src/verticals/load";

export const dynamic = "force-dynamic";

/** What the cards show, as JSON: each vertical with its validated summary or the reason it has none. */
export async function GET(): Promise<Response> {
  const { discovery, cards } = await loadPortal();
  return Response.json({ source: discovery.source, problems: discovery.problems, verticals: cards });
}
