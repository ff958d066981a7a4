import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { loadAi4i2020 } from "../src/index";
import { AI4I_HEADER, ai4iCsv } from "./loader-fixtures";
import { makeTempDir, rejection, removeDir, writeFixture } from "./test-helpers";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("ai4i");
});
afterAll(() => removeDir(dir));

describe("loadAi4i2020", () => {
  it("reads the UCI layout with BOM and units in the header", async () => {
    const data = await loadAi4i2020(await writeFixture(dir, "ai4i2020.csv", ai4iCsv({ bom: true })));
    expect(data.rowCount).toBe(4);
    expect(Array.from(data.udi)).toEqual([1, 2, 3, 4]);
    expect(data.productId).toEqual(["M14860", "L47181", "L47182", "H29424"]);
    expect(Array.from(data.type)).toEqual([1, 0, 0, 2]);
    expect(Array.from(data.features.torqueNm)).toEqual([42.8, 46.3, 49.4, 39.5]);
    expect(Array.from(data.features.rotationalSpeedRpm)).toEqual([1551, 1408, 1498, 1433]);
    expect(Array.from(data.machineFailure)).toEqual([0, 0, 1, 1]);
    expect(data.failureCount).toBe(2);
    expect(Array.from(data.failureModes.HDF)).toEqual([0, 0, 1, 0]);
    expect(Array.from(data.failureModes.TWF)).toEqual([0, 0, 0, 1]);
    expect(data.provenance.note).toMatch(/synthetic/);
  });

  it("accepts the CRLF copy whose header drops the units, but not another unit", async () => {
    const unitless = AI4I_HEADER.replace(/ \[[^\]]*\]/g, "");
    const data = await loadAi4i2020(await writeFixture(dir, "unitless.csv", ai4iCsv({ crlf: true, header: unitless })));
    expect(data.features.airTemperatureK[0]).toBe(298.1);
    const celsius = await writeFixture(dir, "celsius.csv", ai4iCsv({ header: AI4I_HEADER.replace("Air temperature [K]", "Air temperature [C]") }));
    expect((await rejection(loadAi4i2020(celsius))).message).toBe(
      'celsius.csv line 1, column 4: expected header column "Air temperature [K]", got "Air temperature [C]"',
    );
  });

  it("rejects an unknown type, a product id of another variant, a bad flag and a duplicate UDI", async () => {
    const cases: Array<[string, string, string]> = [
      ["type.csv", "2,L47181,L,", "2,L47181,X,"],
      ["product.csv", "2,L47181,L,", "2,M47181,L,"],
      ["flag.csv", "49.4,5,1,0,1,0,0,0", "49.4,5,1,0,1,0,0,yes"],
      ["udi.csv", "3,L47182", "2,L47182"],
      // 4294967297 would wrap to 1 in the Int32 column (and slip past the duplicate check).
      ["big-udi.csv", "3,L47182", "4294967297,L47182"],
    ];
    const messages = [];
    for (const [name, from, to] of cases) {
      const text = ai4iCsv();
      expect(text).toContain(from);
      messages.push((await rejection(loadAi4i2020(await writeFixture(dir, name, text.replace(from, to))))).message);
    }
    expect(messages).toEqual([
      'type.csv line 3, column "Type": expected L, M or H, got "X"',
      'product.csv line 3, column "Product ID": expected the variant letter L followed by a serial number, got "M47181"',
      'flag.csv line 4, column "RNF": expected 0 or 1, got "yes"',
      'udi.csv line 4, column "UDI": expected a unique id (2 is already on line 3), got "2"',
      'big-udi.csv line 4, column "UDI": expected an integer >= 1 no larger than 2147483647, got "4294967297"',
    ]);
  });
});
