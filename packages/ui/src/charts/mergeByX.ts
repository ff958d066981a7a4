// Recharts draws series that share one row per x value; this joins independent series into such rows.

export type XValue = number | string;

export interface MergeColumn {
  key: string;
  cells: Array<{ x: XValue; value: unknown }>;
}

/** One series as a column of (x, value) cells, read from its points with `value`. */
export function column<T extends { x: XValue }>(key: string, points: ReadonlyArray<T>, value: (point: T) => unknown): MergeColumn {
  return { key, cells: points.map((point) => ({ x: point.x, value: value(point) })) };
}

/**
 * Merge columns into rows keyed by x. Numeric x values are sorted ascending; string x values keep the
 * order in which they first appear (so ISO dates given in order stay in order).
 */
export function mergeByX(columns: ReadonlyArray<MergeColumn>): Array<Record<string, unknown> & { x: XValue }> {
  const rows = new Map<XValue, Record<string, unknown> & { x: XValue }>();
  for (const col of columns) {
    for (const cell of col.cells) {
      let row = rows.get(cell.x);
      if (!row) {
        row = { x: cell.x };
        rows.set(cell.x, row);
      }
      row[col.key] = cell.value;
    }
  }
  const merged = [...rows.values()];
  if (merged.every((row) => typeof row.x === "number")) merged.sort((a, b) => (a.x as number) - (b.x as number));
  return merged;
}
