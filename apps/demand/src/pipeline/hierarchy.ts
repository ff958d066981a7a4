// The retail hierarchy a category manager reads: chain total, state, store, category, department, item, and
// the item x store series at the bottom. Forecasts are reconciled bottom-up: every total is the sum of the
// item x store forecasts below it, so the numbers add up on every page and in every export.
import type { SeriesInfo } from "./dataset";

export const HIERARCHY_LEVELS = ["total", "state", "store", "category", "department", "item", "item_store"] as const;
export type HierarchyLevel = (typeof HIERARCHY_LEVELS)[number];

const KEY_OF: Record<HierarchyLevel, (s: SeriesInfo) => string> = {
  total: () => "ALL",
  state: (s) => s.stateId,
  store: (s) => s.storeId,
  category: (s) => s.catId,
  department: (s) => s.deptId,
  item: (s) => s.itemId,
  item_store: (s) => s.id,
};

export interface HierarchyNode {
  level: HierarchyLevel;
  /** Unique within its level: "ALL", "CA", "CA_1", "FOODS", "FOODS_3", "FOODS_3_586", or the series id. */
  key: string;
  /** Indices of the item x store series summed into this node, ascending. */
  members: number[];
}

/** Every node of every level, levels in HIERARCHY_LEVELS order and keys sorted within a level. */
export function buildHierarchy(series: readonly SeriesInfo[], levels: readonly HierarchyLevel[] = HIERARCHY_LEVELS): HierarchyNode[] {
  const nodes: HierarchyNode[] = [];
  for (const level of levels) {
    const groups = new Map<string, number[]>();
    series.forEach((s, i) => {
      const key = KEY_OF[level](s);
      const members = groups.get(key);
      if (members) members.push(i);
      else groups.set(key, [i]);
    });
    for (const key of [...groups.keys()].sort()) nodes.push({ level, key, members: groups.get(key)! });
  }
  return nodes;
}

/** Sum over `members` of rows[i][from .. from + length). */
export function sumMembers(rows: readonly ArrayLike<number>[], members: readonly number[], length: number, from = 0): Float64Array {
  const out = new Float64Array(length);
  for (const i of members) {
    const row = rows[i]!;
    for (let t = 0; t < length; t++) out[t] = out[t]! + row[from + t]!;
  }
  return out;
}
