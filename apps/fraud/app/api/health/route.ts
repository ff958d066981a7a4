// Liveness probe used by the CLI and e2e tests: answers without touching data or models.
export const dynamic = "force-dynamic";

const startedAt = Date.now();

export function GET(): Response {
  return Response.json(
    { status: "ok", app: "fraud", uptimeSeconds: Math.round((Date.now() - startedAt) / 1000), node: process.version },
    { headers: { "cache-control": "no-store" } },
  );
}
