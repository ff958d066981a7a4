import { describe, expect, it } from "@jest/globals";
import { IngestError } from "../src/ingest/ingest-error";
import { parseCsvReadings } from "../src/ingest/parse-csv";
import { parseJsonReadings } from "../src/ingest/parse-json";

const values = (n = 24) => Array.from({ length: n }, (_, i) => (i + 1) * 1.5);
const line = (unit: number, cycle: number, n = 24) => [unit, cycle, ...values(n)].join(" ");

function rejection(run: () => unknown): IngestError {
  try {
    run();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error("expected an IngestError");
}

describe("CSV readings (C-MAPSS row layout)", () => {
  it("reads NASA's space-separated lines (trailing spaces) and comma-separated ones, skipping a header", () => {
    const rows = parseCsvReadings(`unit,cycle,rest\n${line(7, 31)}  \n\n${[8, 1, ...values()].join(",")}\n`);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ row: 1, line: 2, unit: 7, cycle: 31 });
    expect(rows[0]!.values).toHaveLength(24);
    expect(rows[1]).toMatchObject({ row: 2, line: 4, unit: 8, cycle: 1 });
  });

  it("names the row, line and column of a wrong column count or a non-number", () => {
    let e = rejection(() => parseCsvReadings(`${line(1, 1)}\n${line(1, 2, 23)}`));
    expect(e.status).toBe(422);
    expect(e.message).toMatch(/Row 2 \(line 2\): expected 26 columns .* got 25/);
    e = rejection(() => parseCsvReadings(`${line(1, 1)}\n1 2 ${values().slice(0, 5).join(" ")} abc ${values().slice(6).join(" ")}`));
    expect(e.message).toMatch(/Row 2 \(line 2\), column 8 \(sensor_3\): expected a number, got "abc"/);
    expect(e.problem).toMatchObject({ row: 2, line: 2, column: "sensor_3" });
    e = rejection(() => parseCsvReadings(line(1, 2.5)));
    expect(e.message).toMatch(/column 2 \(cycle\): expected a whole number >= 1/);
    // Numbers beyond any sensor's range (1e400 is Infinity) are a 422 naming the cell, never a database error.
    e = rejection(() => parseCsvReadings(`1 2 ${values().slice(0, 5).join(" ")} 1e400 ${values().slice(6).join(" ")}`));
    expect(e.status).toBe(422);
    expect(e.message).toMatch(/column 8 \(sensor_3\): expected a value within ±1,000,000, got "1e400"/);
    expect(rejection(() => parseCsvReadings(line(1, 1e12))).message).toMatch(/column 2 \(cycle\): expected a value within/);
  });

  it("rejects an upload with no data rows", () => {
    expect(rejection(() => parseCsvReadings("\n  \n")).message).toMatch(/No readings/);
  });
});

describe("JSON readings", () => {
  const reading = { asset: "ENG-007", cycle: 12, settings: [0, 0, 100], sensors: values(21) };

  it("reads readings by asset id or unit", () => {
    const rows = parseJsonReadings({ readings: [reading, { ...reading, asset: undefined, unit: 7, cycle: 13 }] });
    expect(rows[0]).toMatchObject({ row: 1, assetId: "ENG-007", cycle: 12 });
    expect(rows[1]).toMatchObject({ row: 2, unit: 7, cycle: 13 });
    expect(rows[0]!.values).toHaveLength(24);
  });

  it("names the reading and field at fault", () => {
    let e = rejection(() => parseJsonReadings({ readings: [reading, { ...reading, sensors: values(20) }] }));
    expect(e.message).toMatch(/Reading 2 \(readings\[1\]\.sensors\): expected 21 sensor values/);
    e = rejection(() => parseJsonReadings({ readings: [{ ...reading, sensors: [...values(20), "x"] }] }));
    expect(e.message).toMatch(/readings\[0\]\.sensors\[20\]/);
    e = rejection(() => parseJsonReadings({ readings: [{ ...reading, asset: undefined }] }));
    expect(e.message).toMatch(/expected "asset"/);
    e = rejection(() => parseJsonReadings({ rows: [] }));
    expect(e.status).toBe(422);
    e = rejection(() => parseJsonReadings({ readings: [{ ...reading, cycle: 0 }] }));
    expect(e.message).toMatch(/cycle\): expected a whole number >= 1/);
    e = rejection(() => parseJsonReadings({ readings: [{ ...reading, sensors: [...values(20), 1e39] }] }));
    expect(e.message).toMatch(/readings\[0\]\.sensors\[20\]\): expected a value within ±1,000,000/);
  });
});
