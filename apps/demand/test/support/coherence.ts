// A test's check that hierarchy totals add up: the worst gap between a node and the sum of its children.
import type { HierarchyLevel, HierarchyNode } from "../../src/pipeline/hierarchy";

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
