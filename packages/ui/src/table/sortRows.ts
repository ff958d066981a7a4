// Sorting for SortableTable, pure so it can be tested without rendering.

export type SortDirection = "asc" | "desc";
export type CellValue = string | number | boolean | null | undefined | Date;

/** Compare two cell values: missing values always sort last, numbers numerically, strings naturally ("a2" < "a10"). */
export function compareValues(a: CellValue, b: CellValue): number {
  const missingA = a === null || a === undefined || (typeof a === "number" && Number.isNaN(a));
  const missingB = b === null || b === undefined || (typeof b === "number" && Number.isNaN(b));
  if (missingA || missingB) return missingA === missingB ? 0 : missingA ? 1 : -1;
  const x = a instanceof Date ? a.getTime() : typeof a === "boolean" ? Number(a) : a;
  const y = b instanceof Date ? b.getTime() : typeof b === "boolean" ? Number(b) : b;
  if (typeof x === "number" && typeof y === "number") return x - y;
  return String(x).localeCompare(String(y), "en", { numeric: true, sensitivity: "base" });
}

/**
 * Rows sorted by one key. Stable (ties keep their input order) and missing values stay at the bottom
 * in both directions, so flipping the order never buries the data under blanks.
 */
export function sortRows<T>(rows: ReadonlyArray<T>, getValue: (row: T) => CellValue, direction: SortDirection): T[] {
  const sign = direction === "asc" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: getValue(row) }))
    .sort((p, q) => {
      const missingP = p.value === null || p.value === undefined || (typeof p.value === "number" && Number.isNaN(p.value));
      const missingQ = q.value === null || q.value === undefined || (typeof q.value === "number" && Number.isNaN(q.value));
      if (missingP || missingQ) return missingP === missingQ ? p.index - q.index : missingP ? 1 : -1;
      return sign * compareValues(p.value, q.value) || p.index - q.index;
    })
    .map((entry) => entry.row);
}

/** Fill "{field}" placeholders of a link template from a row (values URL-encoded). */
export function fillTemplate(template: string, row: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (!(key in row)) throw new Error(`SortableTable: rowHref "${template}" uses {${key}} but the row has no field "${key}"`);
    return encodeURIComponent(String(row[key]));
  });
}
