// POST /api/upload: new sales days in the M5 layout, stored whole (201) or rejected whole (4xx listing the
// problems by line and column). Nothing is stored unless every row and cell passes.
import { env, getStore } from "../../../src/web/context";
import { handleUpload } from "../../../src/web/upload-request";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const outcome = await handleUpload(request, await getStore(), env().maxUploadBytes);
  return Response.json(outcome.body, { status: outcome.status });
}
