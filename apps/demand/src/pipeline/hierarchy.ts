// The retail hierarchy a category manager reads: chain total, state, store, category, department, item, and
// the item x store series at the bottom. Forecasts are reconciled bottom-up: every total is the sum of the
// item x store forecasts below it, so the numbers add up on every page and in every export.
import type { SeriesInfo } from "./dataset";

export const HIERARCHY_LEVELS = ["total", "state", "store", "category", "department", "item", "item_store"] as const;
export type HierarchyLevel = (typeof HIERARCHY_LEVELS)[number];

export const LEVEL_LABELS: Record<HierarchyLevel, string> = {
  total: "All stores",
  state: "State",
  store: "Store",
  category: "Category",
  department: "Department",
  item: "Item (all stores)",
  item_store: "Item x store",
};

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

/**
 * Bottom-up reconciliation of point forecasts: each node's path is the sum of its members' paths.
 * Returns one path per node, in `nodes` order.
 */
export function reconcileBottomUp(bottom: readonly ArrayLike<number>[], nodes: readonly HierarchyNode[], horizon: number): Float64Array[] {
  return nodes.map((node) => sumMembers(bottom, node.members, horizon));
}

/** Largest |node total - sum of its children's totals| over parent/child level pairs (0 when coherent). */
export function coherenceGap(paths: readonly ArrayLike<number>[], nodes: readonly HierarchyNode[]): number {
  let worst = 0;
  const byLevel = new Map<HierarchyLevel, number[]>();
  nodes.forEach((node, n) => byLevel.set(node.level, [...(byLevel.get(node.level) ?? []), n]));
  const pairs: [HierarchyLevel, HierarchyLevel][] = [
    ["total", "state"],
    ["state", "store"],
    ["total", "category"],
    ["category", "department"],
    ["department", "item"],
    ["item", "item_store"],
    ["store", "item_store"],
  ];
  for (const [parentLevel, childLevel] of pairs) {
    for (const p of byLevel.get(parentLevel) ?? []) {
      const parent = nodes[p]!;
      const memberSet = new Set(parent.members);
      const children = (byLevel.get(childLevel) ?? []).filter((c) => nodes[c]!.members.every((m) => memberSet.has(m)));
      const length = paths[p]!.length;
      for (let h = 0; h < length; h++) {
        let sum = 0;
        for (const c of children) sum += paths[c]![h]!;
        worst = Math.max(worst, Math.abs(sum - paths[p]![h]!));
      }
    }
  }
  return worst;
}
