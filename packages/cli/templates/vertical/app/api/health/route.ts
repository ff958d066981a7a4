import { existsSync } from "node:fs";
import path from "node:path";
import { env } from "../../../src/server/runtime";

export const dynamic = "force-dynamic";

export function GET(): Response {
  const modelDir = env().modelDir;
  return Response.json({ ok: true, app: "__NAME__", model: existsSync(path.join(modelDir, "card.json")) ? "ready" : "missing" });
}
