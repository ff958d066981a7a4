// Plays the apps for the portal's e2e run, so the test depends on no real app:
//   GET /<name>/api/summary  the fixture's behaviour (valid, invalid, 404, never answering)
//   GET /<name>/             a tiny page, so the cards' links can be followed
//   GET /health              for Playwright's webServer readiness check
// "down" apps are not served here at all: prepare.ts gives them a closed port.
import { createServer } from "node:http";
import { FIXTURE_APPS } from "./fixture-apps";
import { FIXTURE_PORT } from "./paths";

const server = createServer((req, res) => {
  const path = new URL(req.url ?? "/", "http://fixture").pathname;
  if (path === "/health") return void res.writeHead(200, { "content-type": "text/plain" }).end("ok");
  const [, name = "", ...rest] = path.split("/");
  const app = FIXTURE_APPS.find((candidate) => candidate.name === name);
  if (!app) return void res.writeHead(404).end("no such fixture app");
  const sub = rest.join("/");
  if (sub === "") {
    return void res.writeHead(200, { "content-type": "text/html" }).end(`<!doctype html><title>${app.title}</title><h1>${app.title} app</h1>`);
  }
  if (sub !== "api/summary") return void res.writeHead(404).end();
  const { behaviour } = app;
  switch (behaviour.kind) {
    case "summary":
      return void res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(behaviour.body));
    case "status":
      return void res.writeHead(behaviour.status).end();
    case "hang":
      return; // never answers: the portal must time out
    case "down":
      return void res.writeHead(500).end("a down app should not be asked here");
  }
});

server.listen(FIXTURE_PORT, "127.0.0.1", () => console.log(`[fixture] fake apps on http://127.0.0.1:${FIXTURE_PORT}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
