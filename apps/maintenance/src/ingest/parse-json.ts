// Readings as JSON: { "readings": [ { "asset": "ENG-007" | "unit": 7, "cycle": 132,
//   "settings": [3 numbers], "sensors": [21 numbers] }, ... ] }
import { z } from "zod";
import { IngestError } from "./ingest-error";
import { MAX_ABS_VALUE, MAX_READINGS, type ReadingInput } from "./reading-input";

const bounded = `expected a value within ±${MAX_ABS_VALUE.toLocaleString("en-US")}`;
const finite = z.number({ error: "expected a number" }).refine(Number.isFinite, "expected a finite number").refine((v) => Math.abs(v) <= MAX_ABS_VALUE, bounded);

const readingSchema = z
  .object({
    asset: z.string().min(1).max(64).optional(),
    unit: z.number().int().min(1).max(MAX_ABS_VALUE, bounded).optional(),
    cycle: z.number({ error: "expected a whole number >= 1" }).int("expected a whole number >= 1").min(1, "expected a whole number >= 1").max(MAX_ABS_VALUE, bounded),
    settings: z.array(finite).length(3, "expected 3 operational settings"),
    sensors: z.array(finite).length(21, "expected 21 sensor values (sensor_1..sensor_21)"),
  })
  .strict()
  .refine((r) => r.asset !== undefined || r.unit !== undefined, { message: 'expected "asset" (e.g. "ENG-007") or "unit" (e.g. 7)', path: ["asset"] });

const bodySchema = z.object({ readings: z.array(z.unknown()).min(1, "expected at least one reading").max(MAX_READINGS, `at most ${MAX_READINGS} readings per request`) }).strict();

export function parseJsonReadings(body: unknown): ReadingInput[] {
  const outer = bodySchema.safeParse(body);
  if (!outer.success) {
    const issue = outer.error.issues[0]!;
    const field = issue.path.length ? issue.path.join(".") : "(body)";
    throw new IngestError(422, `${field}: ${issue.message} (expected { "readings": [ { "asset" or "unit", "cycle", "settings": [3], "sensors": [21] } ] })`, { column: field });
  }
  return outer.data.readings.map((raw, i) => {
    const parsed = readingSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = `readings[${i}]${issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("")}`;
      throw new IngestError(422, `Reading ${i + 1} (${field}): ${issue.message}`, { row: i + 1, column: field });
    }
    const r = parsed.data;
    return {
      row: i + 1,
      ...(r.asset !== undefined ? { assetId: r.asset } : {}),
      ...(r.unit !== undefined ? { unit: r.unit } : {}),
      cycle: r.cycle,
      values: [...r.settings, ...r.sensors],
    };
  });
}
