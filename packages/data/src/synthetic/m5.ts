import { join } from "node:path";
import { writeFileAtomic } from "../io/write-file-atomic";
import { checkSeed, positiveInteger, type SyntheticOptions, type SyntheticResult } from "./generator-options";
import { m5Calendar, m5CalendarCsv, type CalendarDay } from "./m5-calendar";
import { Rng } from "./random";
import { writeSyntheticProvenance } from "./synthetic-provenance";

// Math bound once at module scope: under jest's vm modules every global lookup is slow (10x in hot loops).
const { PI, cos, floor, log, max, min, pow, round, sqrt } = Math;

export const M5_GENERATOR_VERSION = 1;
/** Days of sales by default (two years); the calendar and prices run 28 days further, as M5's do. */
export const M5_DEFAULT_DAYS = 730;
const HORIZON_DAYS = 28;

export interface M5Options extends SyntheticOptions {
  /** Days of sales, d_1..d_size (default 730). */
  size?: number;
}

type Category = "FOODS" | "HOUSEHOLD" | "HOBBIES";
/** Syntetos-Boylan demand classes (ADI 1.32, CV² 0.49), the classes the tiny_m5 subset was picked by. */
export type DemandPattern = "smooth" | "erratic" | "intermittent" | "lumpy";

const STORES = [
  { id: "CA_1", state: "CA" as const, traffic: 1.25 },
  { id: "CA_2", state: "CA" as const, traffic: 0.9 },
  { id: "TX_1", state: "TX" as const, traffic: 1.0 },
  { id: "WI_1", state: "WI" as const, traffic: 0.8 },
];

// 24 items: departments as in M5, and six items of each demand pattern, with FOODS mostly regular sellers and
// HOBBIES mostly slow, lumpy ones, as in the real catalogue.
const ITEM_PLAN: { dept: string; patterns: DemandPattern[] }[] = [
  { dept: "FOODS_1", patterns: ["smooth", "erratic", "intermittent"] },
  { dept: "FOODS_2", patterns: ["smooth", "erratic", "lumpy"] },
  { dept: "FOODS_3", patterns: ["smooth", "smooth", "erratic", "intermittent"] },
  { dept: "HOUSEHOLD_1", patterns: ["smooth", "erratic", "intermittent", "lumpy"] },
  { dept: "HOUSEHOLD_2", patterns: ["smooth", "erratic", "intermittent", "lumpy"] },
  { dept: "HOBBIES_1", patterns: ["intermittent", "lumpy", "lumpy", "erratic"] },
  { dept: "HOBBIES_2", patterns: ["intermittent", "lumpy"] },
];

// Relative sales by M5 wday (1 = Saturday ... 7 = Friday), measured on the real subset: weekends are busiest.
const WEEKDAY_PROFILE: Record<Category, readonly number[]> = {
  FOODS: [1.22, 1.15, 0.92, 0.89, 0.88, 0.91, 1.03],
  HOUSEHOLD: [1.27, 1.21, 0.94, 0.84, 0.88, 0.85, 1.0],
  HOBBIES: [1.23, 1.19, 0.92, 0.87, 0.9, 0.88, 1.01],
};
/** Yearly cycle: amplitude and peak day of year (FOODS peak in summer, HOUSEHOLD in spring, HOBBIES in winter). */
const YEARLY: Record<Category, { amplitude: number; peakDay: number }> = {
  FOODS: { amplitude: 0.13, peakDay: 200 },
  HOUSEHOLD: { amplitude: 0.1, peakDay: 90 },
  HOBBIES: { amplitude: 0.06, peakDay: 15 },
};
/** SNAP (food stamps) days lift food sales most (about +12% on the real subset). */
const SNAP_LIFT: Record<Category, number> = { FOODS: 1.12, HOUSEHOLD: 1.03, HOBBIES: 1.02 };
const PRICE_LEVEL: Record<Category, { median: number; spread: number }> = {
  FOODS: { median: 2.6, spread: 0.55 },
  HOUSEHOLD: { median: 4.9, spread: 0.5 },
  HOBBIES: { median: 5.5, spread: 0.7 },
};

interface Item {
  id: string;
  dept: string;
  category: Category;
  pattern: DemandPattern;
  /** Mean daily units (smooth, erratic) or chance of a sale on a day (intermittent, lumpy), before multipliers. */
  level: number;
  /** Price elasticity: demand scales as (price / regular price)^-elasticity. */
  elasticity: number;
  regularPrice: number;
  /** First day on sale (1-based); earlier days sell nothing and have no price, as for items M5 introduced late. */
  launchDay: number;
}

/** A shelf price in the usual cents endings (x.97, x.98, x.47 ...). */
function shelfPrice(rng: Rng, value: number): number {
  const ending = rng.pick([0.47, 0.48, 0.68, 0.88, 0.94, 0.97, 0.98, 0.98]);
  return max(0.25, round((floor(value) + ending) * 100) / 100);
}

function makeItems(rng: Rng, days: number): Item[] {
  const items: Item[] = [];
  const usedNumbers = new Set<string>();
  for (const { dept, patterns } of ITEM_PLAN) {
    const category = dept.split("_")[0] as Category;
    for (const pattern of patterns) {
      let id: string;
      do id = `${dept}_${String(rng.int(1, 799)).padStart(3, "0")}`;
      while (usedNumbers.has(id));
      usedNumbers.add(id);
      const big = category === "FOODS" ? 1.6 : 1;
      const level =
        pattern === "smooth"
          ? max(3, rng.logNormal(log(6 * big), 0.45))
          : pattern === "erratic"
            ? max(4, rng.logNormal(log(6 * big), 0.3))
            : pattern === "intermittent"
              ? rng.uniform(0.12, 0.5)
              : rng.uniform(0.08, 0.35);
      const price = PRICE_LEVEL[category];
      items.push({
        id,
        dept,
        category,
        pattern,
        level,
        elasticity: rng.uniform(1.5, 3),
        regularPrice: shelfPrice(rng, rng.logNormal(log(price.median), price.spread)),
        // About a quarter of the items appear part-way through the history.
        launchDay: rng.bernoulli(0.25) ? rng.int(30, max(31, floor(days / 2))) : 1,
      });
    }
  }
  return items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Weekly prices of one item in one store: permanent changes now and then, and short price cuts (10-30% off for
 * 1-3 weeks) that are mostly chain-wide (same weeks in every store), as retail promotions are.
 */
function weeklyPrices(rng: Rng, item: Item, weeks: number[], chainCuts: Map<number, number>): Map<number, number> {
  const prices = new Map<number, number>();
  let regular = round(item.regularPrice * rng.uniform(0.97, 1.03) * 100) / 100;
  let localCutLeft = 0;
  let localCut = 0;
  for (const week of weeks) {
    if (rng.bernoulli(0.006)) regular = shelfPrice(rng, regular * rng.uniform(0.95, 1.12));
    if (localCutLeft === 0 && rng.bernoulli(0.01)) {
      localCutLeft = rng.int(1, 3);
      localCut = rng.uniform(0.1, 0.3);
    }
    const cut = chainCuts.get(week) ?? (localCutLeft > 0 ? localCut : 0);
    if (localCutLeft > 0) localCutLeft--;
    prices.set(week, cut > 0 ? max(0.1, round(regular * (1 - cut) * 100) / 100) : regular);
  }
  return prices;
}

/** Chain-wide price-cut weeks of one item: week -> discount. */
function chainPriceCuts(rng: Rng, weeks: number[]): Map<number, number> {
  const cuts = new Map<number, number>();
  for (let i = 0; i < weeks.length; i++) {
    if (!rng.bernoulli(0.025)) continue;
    const discount = rng.uniform(0.1, 0.3);
    const length = rng.int(1, 3);
    for (let k = 0; k < length && i + k < weeks.length; k++) cuts.set(weeks[i + k] as number, discount);
    i += length;
  }
  return cuts;
}

/** Effect of each named event on each category, drawn once per dataset; Christmas closes the stores (M5 sells ~0). */
function eventEffects(rng: Rng, calendar: readonly CalendarDay[]): Map<string, Record<Category, number>> {
  const effects = new Map<string, Record<Category, number>>();
  for (const day of calendar) {
    for (const event of day.events) {
      if (effects.has(event.name)) continue;
      if (event.name === "Christmas") {
        effects.set(event.name, { FOODS: 0.01, HOUSEHOLD: 0.01, HOBBIES: 0.01 });
        continue;
      }
      const typeLift = event.type === "Sporting" ? 1.08 : event.type === "National" ? 0.97 : 1;
      effects.set(event.name, {
        FOODS: typeLift * rng.logNormal(0, 0.1),
        HOUSEHOLD: typeLift * rng.logNormal(0, 0.08),
        HOBBIES: typeLift * rng.logNormal(0, 0.1),
      });
    }
  }
  return effects;
}

/** Daily units of one series: a demand-pattern-specific count model around the multiplicative mean. */
function dailySales(rng: Rng, item: Item, multiplier: number): number {
  switch (item.pattern) {
    case "smooth":
      return rng.negativeBinomial(item.level * multiplier, 10);
    case "erratic":
      return rng.negativeBinomial(item.level * multiplier, 1.2);
    case "intermittent": {
      const chance = 1 - pow(1 - item.level, multiplier);
      return rng.bernoulli(chance) ? 1 + rng.poisson(0.5 * sqrt(multiplier)) : 0;
    }
    case "lumpy": {
      const chance = 1 - pow(1 - item.level, multiplier);
      return rng.bernoulli(chance) ? 1 + rng.negativeBinomial(3 * sqrt(multiplier), 0.6) : 0;
    }
  }
}

/**
 * Write synthetic M5 files (`sales_train_validation.csv`, `calendar.csv`, `sell_prices.csv`) in M5's layouts:
 * 24 items (FOODS, HOUSEHOLD, HOBBIES) x 4 stores (CA_1, CA_2, TX_1, WI_1), `size` days of sales from 2011-01-29,
 * calendar and prices 28 days further. Demand has weekly and yearly cycles, event and SNAP effects, price cuts
 * that lift sales, store traffic levels and a slow trend, drawn as smooth, erratic, intermittent or lumpy counts.
 */
export async function generateM5(outDir: string, options: M5Options): Promise<SyntheticResult> {
  const days = positiveInteger(options.size, M5_DEFAULT_DAYS, "m5 size (days)");
  const root = new Rng(checkSeed(options.seed));
  const calendar = m5Calendar(days + HORIZON_DAYS);
  const weeks = [...new Set(calendar.map((day) => day.wmYrWk))];
  const items = makeItems(root.fork("items"), days);
  const effects = eventEffects(root.fork("events"), calendar);
  const priceRng = root.fork("prices");
  const salesRng = root.fork("sales");

  const chainCuts = new Map(items.map((item) => [item.id, chainPriceCuts(priceRng, weeks)]));
  const salesLines: string[] = [
    ["id", "item_id", "dept_id", "cat_id", "store_id", "state_id", ...calendar.slice(0, days).map((day) => `d_${day.d}`)].join(","),
  ];
  const priceLines: string[] = ["store_id,item_id,wm_yr_wk,sell_price"];
  let zeros = 0;
  for (const store of STORES) {
    for (const item of items) {
      const launch = item.launchDay + (item.launchDay > 1 ? priceRng.int(0, 21) : 0);
      const launchWeek = calendar[min(launch, calendar.length) - 1]?.wmYrWk ?? weeks[0]!;
      const onSale = weeks.filter((week) => week >= launchWeek);
      const prices = weeklyPrices(priceRng, item, onSale, chainCuts.get(item.id) ?? new Map());
      for (const week of onSale) priceLines.push(`${store.id},${item.id},${week},${prices.get(week)}`);

      const seriesLevel = store.traffic * salesRng.logNormal(0, 0.25);
      const trend = salesRng.uniform(-0.08, 0.2) / 365;
      const yearly = YEARLY[item.category];
      const counts: number[] = [];
      for (let i = 0; i < days; i++) {
        const day = calendar[i]!;
        if (day.d < launch) {
          counts.push(0);
          zeros++;
          continue;
        }
        const price = prices.get(day.wmYrWk) ?? item.regularPrice;
        let multiplier =
          seriesLevel *
          (WEEKDAY_PROFILE[item.category][day.wday - 1] as number) *
          (1 + yearly.amplitude * cos((2 * PI * (day.dayOfYear - yearly.peakDay)) / 365.25)) *
          (1 + trend * i) *
          pow(price / item.regularPrice, -item.elasticity);
        if (day.snap[store.state] === 1) multiplier *= SNAP_LIFT[item.category];
        for (const event of day.events) multiplier *= effects.get(event.name)?.[item.category] ?? 1;
        // Gift season for hobbies.
        if (item.category === "HOBBIES" && day.month === 12 && day.dayOfMonth < 25) multiplier *= 1.3;
        const units = dailySales(salesRng, item, max(multiplier, 0));
        if (units === 0) zeros++;
        counts.push(units);
      }
      salesLines.push(
        [`${item.id}_${store.id}_validation`, item.id, item.dept, item.category, store.id, store.state, ...counts].join(","),
      );
    }
  }

  const files = ["sales_train_validation.csv", "calendar.csv", "sell_prices.csv"];
  const series = STORES.length * items.length;
  const patternCounts = items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [item.pattern]: (acc[item.pattern] ?? 0) + 1 }), {});
  await writeSyntheticProvenance(outDir, {
    dataset: "m5",
    name: "Synthetic store-item daily sales (twin of M5 / Walmart)",
    seed: options.seed,
    version: M5_GENERATOR_VERSION,
    options: { days, items: items.length, stores: STORES.length },
    note:
      `SYNTHETIC DATA, not Walmart's sales. ${items.length} made-up items x ${STORES.length} stores (CA_1, CA_2, TX_1, WI_1) = ${series} ` +
      `daily series over d_1..d_${days} (from 2011-01-29), in M5's file layouts; calendar and weekly prices run to d_${days + HORIZON_DAYS}. ` +
      `Calendar events, SNAP days and Walmart weeks follow M5's conventions. Demand: weekly and yearly cycles, event and SNAP ` +
      `effects, price cuts with elasticity 1.5-3, late launches; items by design ${Object.entries(patternCounts)
        .map(([k, v]) => `${v} ${k}`)
        .join(", ")}. ${((100 * zeros) / (series * days)).toFixed(1)}% of daily values are zero.`,
    files,
  });
  await writeFileAtomic(join(outDir, "calendar.csv"), m5CalendarCsv(calendar));
  await writeFileAtomic(join(outDir, "sell_prices.csv"), `${priceLines.join("\n")}\n`);
  await writeFileAtomic(join(outDir, "sales_train_validation.csv"), `${salesLines.join("\n")}\n`);
  return { dir: outDir, files: files.map((f) => join(/*turbopackIgnore: true*/ outDir, f)) };
}
