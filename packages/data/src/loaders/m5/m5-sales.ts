import { dirname } from "node:path";
import { cellError, integerCell } from "../../csv/cells";
import { readTable } from "../../csv/read-table";
import { ColumnBuilder, estimateRows } from "../../columns/column-builder";
import { DataFormatError } from "../../errors/data-format-error";
import { readProvenance } from "../../provenance/read-provenance";
import type { Provenance } from "../../provenance/provenance-schema";
import type { LoadOptions } from "../load-options";
import { requireRows } from "../require-rows";
import { lineBytes, resolveInput } from "../resolve-input";

export const M5_SERIES_COLUMNS = ["id", "item_id", "dept_id", "cat_id", "store_id", "state_id"] as const;

export interface M5Series {
  id: string[];
  itemId: string[];
  deptId: string[];
  catId: string[];
  storeId: string[];
  stateId: string[];
}

export interface M5Sales {
  file: string;
  seriesCount: number;
  dayCount: number;
  /** Day number of the first sales column (d_1 -> 1). */
  firstDay: number;
  series: M5Series;
  /** seriesCount x dayCount unit sales, row-major: series s, day j at s * dayCount + j. */
  sales: Int32Array;
  provenance: Provenance;
}

function parseDayColumn(name: string): number | undefined {
  const match = /^d_(\d+)$/.exec(name.trim());
  return match ? Number(match[1]) : undefined;
}

/**
 * Load M5 `sales_train_validation.csv` / `sales_train_evaluation.csv`: six id columns, then
 * consecutive day columns d_k..d_n of non-negative integer unit sales, into a dense matrix.
 */
export async function loadM5Sales(pathOrDir: string, options: LoadOptions = {}): Promise<M5Sales> {
  const { file, bytes } = await resolveInput(pathOrDir, "sales_train_validation.csv");
  const idCount = M5_SERIES_COLUMNS.length;
  let firstDay = 0;
  let dayCount = 0;
  let dayNames: string[] = [];
  let sales: ColumnBuilder<Int32Array> | undefined;
  const series: M5Series = { id: [], itemId: [], deptId: [], catId: [], storeId: [], stateId: [] };
  const seenId = new Map<string, number>();
  const seenPair = new Map<string, number>();

  const header = (fields: string[], line: number): readonly string[] => {
    M5_SERIES_COLUMNS.forEach((name, c) => {
      if (fields[c]?.trim() !== name) {
        throw new DataFormatError({ file, line, columnNumber: c + 1, expected: `header column ${JSON.stringify(name)}`, actual: fields[c] ?? "" });
      }
    });
    if (fields.length === idCount) {
      throw new DataFormatError({ file, line, columnNumber: idCount + 1, expected: "day columns d_1, d_2, ...", actual: "the end of the header", actualIsDescription: true });
    }
    for (let c = idCount; c < fields.length; c++) {
      const day = parseDayColumn(fields[c]!);
      const wanted = c === idCount ? undefined : firstDay + (c - idCount);
      if (day === undefined || day < 1 || (wanted !== undefined && day !== wanted)) {
        throw new DataFormatError({
          file,
          line,
          columnNumber: c + 1,
          expected: wanted === undefined ? "a day column d_<n>" : `d_${wanted} (day columns are consecutive)`,
          actual: fields[c]!,
        });
      }
      if (c === idCount) firstDay = day;
    }
    dayCount = fields.length - idCount;
    dayNames = fields.slice(idCount).map((f) => f.trim());
    return [...M5_SERIES_COLUMNS, ...dayNames];
  };

  const summary = await readTable(file, { header }, (fields, line) => {
    if (sales === undefined) sales = new ColumnBuilder(Int32Array, estimateRows(bytes, lineBytes(fields)) * dayCount);
    const ids = fields.slice(0, idCount).map((f) => f.trim());
    ids.forEach((value, c) => {
      if (value === "") throw cellError(file, line, M5_SERIES_COLUMNS[c]!, "a non-empty id", value);
    });
    const [id, item, dept, cat, store, state] = ids as [string, string, string, string, string, string];
    // M5's naming (FOODS_3_586 in dept FOODS_3 of cat FOODS; store CA_1 in state CA) catches shifted columns.
    if (!item.startsWith(`${dept}_`)) throw cellError(file, line, "item_id", `an item of department ${dept} (${dept}_<n>)`, item);
    if (!dept.startsWith(`${cat}_`)) throw cellError(file, line, "dept_id", `a department of category ${cat} (${cat}_<n>)`, dept);
    if (!store.startsWith(`${state}_`)) throw cellError(file, line, "store_id", `a store of state ${state} (${state}_<n>)`, store);
    const duplicateId = seenId.get(id);
    if (duplicateId !== undefined) throw cellError(file, line, "id", `a unique id (already on line ${duplicateId})`, id);
    seenId.set(id, line);
    const pair = `${store}\u0000${item}`;
    const duplicatePair = seenPair.get(pair);
    if (duplicatePair !== undefined) {
      throw cellError(file, line, "item_id", `one series per store and item (${store}/${item} is already on line ${duplicatePair})`, item);
    }
    seenPair.set(pair, line);
    series.id.push(id);
    series.itemId.push(item);
    series.deptId.push(dept);
    series.catId.push(cat);
    series.storeId.push(store);
    series.stateId.push(state);

    const target = sales.reserve(dayCount);
    const base = sales.length;
    for (let j = 0; j < dayCount; j++) {
      target[base + j] = integerCell(fields[idCount + j]!, file, line, dayNames[j]!, { min: 0 });
    }
    sales.length += dayCount;
  });
  requireRows(file, summary.rows, summary.lines);
  return {
    file,
    seriesCount: summary.rows,
    dayCount,
    firstDay,
    series,
    sales: sales!.finish(),
    provenance: options.provenance ?? (await readProvenance("m5", dirname(file))),
  };
}
