// A placeholder alert queue for the sortable table.
import { seededRandom } from "./random";

const CATEGORIES = ["Online retail", "Travel", "Groceries", "Electronics", "Fuel", "Gaming", "Restaurants"];
const STATUSES = ["open", "open", "open", "in review", "confirmed", "cleared"];

export function placeholderAlerts(seed: number, count = 12) {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `A-${String(1040 + i * 7)}`,
    category: CATEGORIES[Math.floor(random() * CATEGORIES.length)]!,
    amount: Math.round(20 + random() ** 3 * 2400) + Math.round(random() * 100) / 100,
    score: 0.5 + random() * 0.5,
    status: STATUSES[Math.floor(random() * STATUSES.length)]!,
    ageMs: Math.round(random() * 36 * 3600_000),
  }));
}
