// POST /api/alerts/:id/review: the analyst's verdict (fraud or legitimate) with a note.
import { handleReviewRequest } from "../../../../../src/scoring/review-request";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleReviewRequest(request, (await params).id);
}
