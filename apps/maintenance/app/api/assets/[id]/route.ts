// GET /api/assets/ENG-007: one engine's readings and predictions per cycle.
import { NextResponse } from "next/server";
import { assetDetail } from "../../../../src/store/queries";
import { handle, jsonError } from "../../../../src/server/http";
import { getStore } from "../../../../src/server/runtime";

export const dynamic = "force-dynamic";

export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const { id } = await params;
    const detail = await assetDetail(await getStore(), id);
    if (!detail) return jsonError(404, `Unknown asset "${id}"`);
    return NextResponse.json(detail);
  });
}
