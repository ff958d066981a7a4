// POST /api/score: one transaction (JSON object), a batch (JSON array) or a file (text/csv or multipart "file").
import { handleScoreRequest } from "../../../src/scoring/score-request";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function POST(request: Request): Promise<Response> {
  return handleScoreRequest(request);
}
