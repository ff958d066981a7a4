import { cellError, integerCell, numberCell } from "../../csv/cells";
import { expectHeader } from "../../csv/expect-header";
import { readTable } from "../../csv/read-table";
import type { M5Series } from "./m5-sales";

export const M5_PRICE_COLUMNS = ["store_id", "item_id", "wm_yr_wk", "sell_price"] as const;

export interface M5Prices {
  file: string;
  /** Price rows read (including skipped ones). */
  rowCount: number;
  /** Rows skipped because their store/item is not a sales series (only with unknownSeries "skip"). */
  skippedRows: number;
  /** seriesCount x weeks.length, row-major; NaN where the item was not on sale that week. */
  prices: Float64Array;
}

export interface M5PriceOptions {
  /** "error" (default): a price for a store/item without a sales series is an error. "skip" ignores it (full price file with a sales subset). */
  unknownSeries?: "error" | "skip";
}

/**
 * Load M5 `sell_prices.csv` into a dense series x week matrix. `weeks` are the calendar's distinct
 * wm_yr_wk values; a week outside the calendar, a non-positive price or a duplicate is an error.
 */
export async function loadM5Prices(
  file: string,
  series: M5Series,
  weeks: Int32Array,
  options: M5PriceOptions = {},
): Promise<M5Prices> {
  const seriesCount = series.id.length;
  const weekCount = weeks.length;
  const seriesIndex = new Map<string, number>();
  for (let s = 0; s < seriesCount; s++) seriesIndex.set(`${series.storeId[s]}\u0000${series.itemId[s]}`, s);
  const weekIndex = new Map<number, number>();
  weeks.forEach((w, k) => weekIndex.set(w, k));
  const prices = new Float64Array(seriesCount * weekCount).fill(Number.NaN);
  const skipUnknown = options.unknownSeries === "skip";
  let skipped = 0;
  let lastStore = "";
  let lastItem = "";
  let lastSeries: number | undefined;

  const summary = await readTable(
    file,
    { header: (fields, line) => expectHeader(file, line, fields, M5_PRICE_COLUMNS) },
    (fields, line) => {
      const store = fields[0]!.trim();
      const item = fields[1]!.trim();
      // Rows come grouped by store and item: reuse the last lookup (a third of the load time on the full file).
      let s: number | undefined;
      if (store === lastStore && item === lastItem) s = lastSeries;
      else {
        s = seriesIndex.get(`${store}\u0000${item}`);
        lastStore = store;
        lastItem = item;
        lastSeries = s;
      }
      if (s === undefined) {
        if (skipUnknown) {
          skipped++;
          return;
        }
        const column = series.storeId.includes(store) ? "item_id" : "store_id";
        throw cellError(file, line, column, `a store/item pair with a sales series (${store}/${item} has none)`, column === "item_id" ? fields[1]! : fields[0]!);
      }
      const week = integerCell(fields[2]!, file, line, "wm_yr_wk");
      const k = weekIndex.get(week);
      if (k === undefined) {
        throw cellError(file, line, "wm_yr_wk", `a week of the calendar (${weeks[0]}..${weeks[weekCount - 1]})`, fields[2]!);
      }
      const price = numberCell(fields[3]!, file, line, "sell_price");
      if (!(price > 0)) throw cellError(file, line, "sell_price", "a positive price", fields[3]!);
      const at = s * weekCount + k;
      if (!Number.isNaN(prices[at]!)) {
        throw cellError(file, line, "wm_yr_wk", `one price per store, item and week (${store}/${item} week ${week} is listed twice)`, fields[2]!);
      }
      prices[at] = price;
    },
  );
  return { file, rowCount: summary.rows, skippedRows: skipped, prices };
}
