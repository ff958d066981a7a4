// Tiny, valid files in each public format, built in code so tests can also break them.
import { encodeNpz, type NpyInput } from "../src/index";

export function creditcardCsv(rows: number, options: { quotedHeader?: boolean; pandas?: boolean; quotedClass?: boolean } = {}): string {
  const names = ["Time", ...Array.from({ length: 28 }, (_, i) => `V${i + 1}`), "Amount", "Class"];
  const header = options.quotedHeader ? names.map((n) => `"${n}"`).join(",") : names.join(",");
  const lines = [header];
  for (let r = 0; r < rows; r++) {
    const time = options.pandas ? `${r * 10}.0` : String(r * 10);
    const v = Array.from({ length: 28 }, (_, i) => ((r + 1) * (i - 14) * 0.0137).toFixed(6));
    const fraud = r % 3 === 0 ? 1 : 0;
    lines.push([time, ...v, (r * 1.5).toFixed(2), options.quotedClass ? `"${fraud}"` : String(fraud)].join(","));
  }
  return lines.join("\n") + "\n";
}

export const AI4I_HEADER =
  "UDI,Product ID,Type,Air temperature [K],Process temperature [K],Rotational speed [rpm],Torque [Nm],Tool wear [min],Machine failure,TWF,HDF,PWF,OSF,RNF";

export function ai4iCsv(options: { bom?: boolean; crlf?: boolean; header?: string } = {}): string {
  const rows = [
    "1,M14860,M,298.1,308.6,1551,42.8,0,0,0,0,0,0,0",
    "2,L47181,L,298.2,308.7,1408,46.3,3,0,0,0,0,0,0",
    "3,L47182,L,298.1,308.5,1498,49.4,5,1,0,1,0,0,0",
    "4,H29424,H,298.2,308.6,1433,39.5,7,1,1,0,0,0,0",
  ];
  const eol = options.crlf ? "\r\n" : "\n";
  return (options.bom ? "\uFEFF" : "") + [options.header ?? AI4I_HEADER, ...rows].join(eol) + eol;
}

/** C-MAPSS lines: unit, cycle, 3 settings, 21 sensors, single spaces, two trailing spaces. */
export function cmapssTxt(cyclesPerUnit: readonly number[]): string {
  const lines: string[] = [];
  cyclesPerUnit.forEach((cycles, u) => {
    for (let c = 1; c <= cycles; c++) {
      const settings = ["-0.0007", "0.0003", "100.0"];
      const sensors = Array.from({ length: 21 }, (_, k) => (500 + k * 10 + c * 0.1 + u).toFixed(2));
      lines.push([u + 1, c, ...settings, ...sensors].join(" ") + "  ");
    }
  });
  return lines.join("\n") + "\n";
}

export function medmnistNpz(options: { train?: number; val?: number; test?: number; size?: number } = {}): Uint8Array {
  const size = options.size ?? 4;
  const arrays: Record<string, NpyInput> = {};
  for (const [split, count] of [["train", options.train ?? 6], ["val", options.val ?? 3], ["test", options.test ?? 0]] as const) {
    if (count === 0) continue;
    const images = new Uint8Array(count * size * size);
    for (let i = 0; i < images.length; i++) images[i] = (i * 37) % 256;
    arrays[`${split}_images`] = { data: images, shape: [count, size, size] };
    arrays[`${split}_labels`] = { data: Uint8Array.from({ length: count }, (_, i) => i % 2), shape: [count, 1] };
  }
  return encodeNpz(arrays);
}

const ITEMS = [
  ["FOODS_1_001", "FOODS_1", "FOODS"],
  ["HOBBIES_2_010", "HOBBIES_2", "HOBBIES"],
] as const;
const STORES = [
  ["CA_1", "CA"],
  ["WI_2", "WI"],
] as const;
const WEEKDAYS = ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/** Four series (2 items x 2 stores) over `days` days, a calendar of `calendarDays` from 2011-01-29, weekly prices. */
export function m5Files(days: number, calendarDays = days + 7) {
  const dayNames = Array.from({ length: days }, (_, j) => `d_${j + 1}`);
  const sales = [["id", "item_id", "dept_id", "cat_id", "store_id", "state_id", ...dayNames].join(",")];
  const prices = ["store_id,item_id,wm_yr_wk,sell_price"];
  const weeks = Math.ceil(calendarDays / 7);
  let s = 0;
  for (const [store, state] of STORES) {
    for (const [item, dept, cat] of ITEMS) {
      const units = dayNames.map((_, j) => String((s * 3 + j) % 5));
      sales.push([`${item}_${store}_validation`, item, dept, cat, store, state, ...units].join(","));
      // Series 0 is not on sale in the first week (as new items in M5).
      for (let w = s === 0 ? 1 : 0; w < weeks; w++) prices.push(`${store},${item},${11101 + w},${(2 + s + w * 0.01).toFixed(2)}`);
      s++;
    }
  }
  const calendar = ["date,wm_yr_wk,weekday,wday,month,year,d,event_name_1,event_type_1,event_name_2,event_type_2,snap_CA,snap_TX,snap_WI"];
  const start = Date.UTC(2011, 0, 29);
  for (let i = 0; i < calendarDays; i++) {
    const date = new Date(start + i * 86_400_000);
    const event = i === 2 ? "SuperBowl,Sporting" : ",";
    calendar.push(
      [date.toISOString().slice(0, 10), 11101 + Math.floor(i / 7), WEEKDAYS[i % 7], (i % 7) + 1, date.getUTCMonth() + 1, date.getUTCFullYear(), `d_${i + 1}`, event, ",", i % 2, 0, 1].join(","),
    );
  }
  return { sales: sales.join("\n") + "\n", calendar: calendar.join("\n") + "\n", prices: prices.join("\n") + "\n" };
}
