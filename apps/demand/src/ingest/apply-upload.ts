// Stores a validated sales upload in one transaction: every series gets the new days (and its demand class is
// re-measured) and the upload is recorded; if anything fails, nothing changes. The result carries the HTTP status
// the API answers with, so bad input is always a 4xx naming the problem and never a 500.
import { demandProfile } from "../pipeline/demand-class";
import type { Store } from "../store/client";
import { validateUpload, type UploadProblem } from "./validate-upload";

export type UploadOutcome =
  | { status: 201; body: { accepted: true; fileName: string; firstDay: number; lastDay: number; days: number; series: number; units: number; firstDate: string; lastDate: string } }
  | { status: 400 | 409 | 413 | 415; body: { accepted: false; error: string; problems: UploadProblem[]; problemCount: number } };

export function rejection(status: 400 | 409 | 413 | 415, error: string, problems: UploadProblem[] = [], problemCount = problems.length): UploadOutcome {
  return { status, body: { accepted: false, error, problems, problemCount } };
}

class ConflictError extends Error {}

export async function applyUpload(store: Store, fileName: string, text: string): Promise<UploadOutcome> {
  const series = await store.series.findMany({ select: { id: true, itemId: true, deptId: true, catId: true, storeId: true, stateId: true, lastDay: true } });
  if (series.length === 0) return rejection(409, "the store holds no series yet: seed it first (pnpm verticals demo)");
  const lastDay = Math.min(...series.map((s) => s.lastDay));
  const calendarDays = await store.calendarDay.count();
  const result = validateUpload(text, { series, lastDay, calendarDays });
  if (!result.ok) {
    return rejection(400, `${fileName}: rejected, nothing was stored (${result.problemCount} problem${result.problemCount === 1 ? "" : "s"})`, result.problems, result.problemCount);
  }
  try {
    await store.$transaction(
      async (tx) => {
        const current = await tx.series.findMany({ select: { id: true, lastDay: true, salesJson: true } });
        for (const s of current) {
          // Another upload got in first: refuse rather than interleave days.
          if (s.lastDay !== lastDay) throw new ConflictError(`series ${s.id} now ends at d_${s.lastDay}, not d_${lastDay}: another upload was stored meanwhile; check the new last day and upload again`);
          const sales = (JSON.parse(s.salesJson) as number[]).concat(result.units.get(s.id)!);
          const profile = demandProfile(sales);
          await tx.series.update({
            where: { id: s.id },
            data: {
              salesJson: JSON.stringify(sales),
              lastDay: result.lastDay,
              demandClass: profile.demandClass,
              adi: Number.isFinite(profile.adi) ? profile.adi : 1e6,
              cv2: profile.cv2,
            },
          });
        }
        await tx.upload.create({ data: { fileName, firstDay: result.firstDay, lastDay: result.lastDay, series: current.length, units: result.totalUnits } });
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof ConflictError) return rejection(409, error.message);
    throw error;
  }
  const dates = await store.calendarDay.findMany({ where: { day: { in: [result.firstDay, result.lastDay] } }, orderBy: { day: "asc" } });
  return {
    status: 201,
    body: {
      accepted: true,
      fileName,
      firstDay: result.firstDay,
      lastDay: result.lastDay,
      days: result.lastDay - result.firstDay + 1,
      series: series.length,
      units: result.totalUnits,
      firstDate: dates[0]?.date ?? "",
      lastDate: dates[dates.length - 1]?.date ?? "",
    },
  };
}
