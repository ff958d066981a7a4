import { existsSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { DataFormatError } from "../../errors/data-format-error";
import { readProvenance } from "../../provenance/read-provenance";
import type { Provenance } from "../../provenance/provenance-schema";
import { loadM5Calendar, type M5Calendar } from "./m5-calendar";
import { loadM5Prices, type M5PriceOptions } from "./m5-prices";
import { loadM5Sales, type M5Series } from "./m5-sales";

export interface M5Files {
  sales: string;
  calendar: string;
  prices: string;
}

export interface M5Data {
  files: M5Files;
  seriesCount: number;
  /** Sales days (columns of `sales`). */
  dayCount: number;
  /** Day number of the first sales column (1 for d_1). */
  firstDay: number;
  series: M5Series;
  /** seriesCount x dayCount unit sales, row-major (series s, sales day j at s * dayCount + j). */
  sales: Int32Array;
  /** Every calendar day (it may run past the sales, e.g. the forecast horizon). Calendar row of sales day j: firstDay - 1 + j. */
  calendar: M5Calendar;
  /** Distinct wm_yr_wk values of the calendar, ascending. */
  weeks: Int32Array;
  /** Per calendar day, its index in `weeks`. */
  dayWeek: Int32Array;
  /** seriesCount x weeks.length sell prices, row-major; NaN = not on sale that week. */
  prices: Float64Array;
  priceRowCount: number;
  skippedPriceRows: number;
  provenance: Provenance;
}

/** The sales file of an M5 folder: sales_train_evaluation.csv (more days) if present, else sales_train_validation.csv. */
export function m5SalesFile(dir: string): string {
  const evaluation = join(dir, "sales_train_evaluation.csv");
  return existsSync(evaluation) ? evaluation : join(dir, "sales_train_validation.csv");
}

/**
 * Load an M5 folder (or explicit files): sales matrix, calendar covering every sales day, and
 * weekly prices per series. Prices are joined through the calendar's weeks.
 */
export async function loadM5(
  dirOrFiles: string | M5Files,
  options: M5PriceOptions & { provenance?: Provenance } = {},
): Promise<M5Data> {
  const files: M5Files =
    typeof dirOrFiles === "string"
      ? statSync(dirOrFiles).isDirectory()
        ? { sales: m5SalesFile(dirOrFiles), calendar: join(dirOrFiles, "calendar.csv"), prices: join(dirOrFiles, "sell_prices.csv") }
        : { sales: dirOrFiles, calendar: join(dirname(dirOrFiles), "calendar.csv"), prices: join(dirname(dirOrFiles), "sell_prices.csv") }
      : dirOrFiles;
  const provenance = options.provenance ?? (await readProvenance("m5", dirname(files.sales)));
  const [sales, calendar] = await Promise.all([
    loadM5Sales(files.sales, { provenance }),
    loadM5Calendar(files.calendar, { provenance }),
  ]);
  const lastDay = sales.firstDay + sales.dayCount - 1;
  if (calendar.dayCount < lastDay) {
    throw new DataFormatError({
      file: files.calendar,
      line: calendar.dayCount + 2,
      column: "d",
      expected: `days up to d_${lastDay}, the last sales day of ${basename(files.sales)}`,
      actual: `the end of the file after d_${calendar.dayCount}`,
      actualIsDescription: true,
    });
  }
  const weekList: number[] = [];
  const dayWeek = new Int32Array(calendar.dayCount);
  calendar.wmYrWk.forEach((w, i) => {
    if (weekList.length === 0 || weekList[weekList.length - 1] !== w) weekList.push(w);
    dayWeek[i] = weekList.length - 1;
  });
  const weeks = Int32Array.from(weekList);
  const prices = await loadM5Prices(files.prices, sales.series, weeks, options);
  return {
    files,
    seriesCount: sales.seriesCount,
    dayCount: sales.dayCount,
    firstDay: sales.firstDay,
    series: sales.series,
    sales: sales.sales,
    calendar,
    weeks,
    dayWeek,
    prices: prices.prices,
    priceRowCount: prices.rowCount,
    skippedPriceRows: prices.skippedRows,
    provenance,
  };
}

/** Sell price of series `s` on calendar day index `day` (0 = d_1); NaN when not on sale. */
export function m5PriceOn(data: Pick<M5Data, "prices" | "weeks" | "dayWeek">, s: number, day: number): number {
  return data.prices[s * data.weeks.length + data.dayWeek[day]!]!;
}
