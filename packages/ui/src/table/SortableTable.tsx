"use client";

import Link from "next/link";
import { useMemo, useState, type ReactNode } from "react";
import { cx } from "../cx";
import { formatValue, type FormatInput } from "../format";
import type { Tone } from "../theme";
import { fillTemplate, sortRows, type CellValue, type SortDirection } from "./sortRows";

export type Row = Record<string, CellValue>;

export interface Column {
  key: string;
  header: string;
  /** How to show numbers (a spec; a function only from client components). Strings show as they are. */
  format?: FormatInput;
  align?: "left" | "right" | "center";
  sortable?: boolean;
  /** Show values as coloured pills, e.g. { open: "warn", confirmed: "bad", cleared: "good" }. */
  tones?: Record<string, Tone>;
  /** Tooltip on the header explaining the column. */
  help?: string;
  width?: string;
}

export interface SortableTableProps {
  columns: Column[];
  rows: ReadonlyArray<Row>;
  /** Field with a unique id per row. */
  rowKey: string;
  /** Link for each row, as a template ("/alerts/{id}") or, from client components, a function. */
  rowHref?: string | ((row: Row) => string);
  initialSort?: { key: string; direction: SortDirection };
  /** Shown instead of rows when there are none. */
  empty?: ReactNode;
  caption?: string;
  /** Show only the first N rows after sorting, with a count of the rest. */
  maxRows?: number;
  testId?: string;
}

function cellText(value: CellValue, column: Column): string {
  if (value instanceof Date) return formatValue(value.toISOString(), "date");
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return formatValue(value, column.format ?? "number");
}

/** Table sorted by clicking a header (again to reverse); the first column links to the row's page. */
export function SortableTable({ columns, rows, rowKey, rowHref, initialSort, empty, caption, maxRows, testId }: SortableTableProps) {
  const [sort, setSort] = useState<{ key: string; direction: SortDirection } | undefined>(initialSort);
  const sorted = useMemo(() => (sort ? sortRows(rows, (row) => row[sort.key], sort.direction) : rows.slice()), [rows, sort]);
  const shown = maxRows !== undefined ? sorted.slice(0, maxRows) : sorted;
  const isNumeric = (column: Column) => rows.some((row) => typeof row[column.key] === "number");
  const hrefOf = (row: Row) => (typeof rowHref === "function" ? rowHref(row) : rowHref ? fillTemplate(rowHref, row) : undefined);

  const toggle = (column: Column) => {
    setSort((current) =>
      current?.key === column.key
        ? { key: column.key, direction: current.direction === "asc" ? "desc" : "asc" }
        : // Numbers start with the largest (scores, amounts); text starts at A.
          { key: column.key, direction: isNumeric(column) ? "desc" : "asc" },
    );
  };

  return (
    <div className="vx-table-wrap" data-testid={testId}>
      <table className="vx-table">
        {caption ? <caption className="vx-visually-hidden">{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((column) => {
              const align = column.align ?? (isNumeric(column) ? "right" : "left");
              const active = sort?.key === column.key;
              const ariaSort = active ? (sort.direction === "asc" ? "ascending" : "descending") : "none";
              return (
                <th key={column.key} scope="col" className={`vx-table__th vx-align-${align}`} style={column.width ? { width: column.width } : undefined} aria-sort={column.sortable === false ? undefined : ariaSort} title={column.help}>
                  {column.sortable === false ? (
                    column.header
                  ) : (
                    <button type="button" className={cx("vx-table__sort", active && "vx-table__sort--active")} onClick={() => toggle(column)}>
                      {column.header}
                      <span className="vx-table__arrow" aria-hidden="true">
                        {active ? (sort.direction === "asc" ? "↑" : "↓") : "↕"}
                      </span>
                    </button>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 ? (
            <tr>
              <td className="vx-table__empty" colSpan={columns.length}>
                {empty ?? "Nothing to show yet."}
              </td>
            </tr>
          ) : (
            shown.map((row) => {
              const href = hrefOf(row);
              return (
                <tr key={String(row[rowKey])} className={cx(href && "vx-table__row--link")}>
                  {columns.map((column, c) => {
                    const value = row[column.key];
                    const text = cellText(value, column);
                    const tone = column.tones && typeof value === "string" ? column.tones[value] : undefined;
                    const content = tone ? <span className={`vx-pill vx-pill--${tone}`}>{text}</span> : text;
                    const align = column.align ?? (typeof value === "number" ? "right" : "left");
                    return (
                      <td key={column.key} className={`vx-table__td vx-align-${align}`}>
                        {c === 0 && href ? (
                          <Link className="vx-table__link" href={href}>
                            {content}
                          </Link>
                        ) : (
                          content
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })
          )}
        </tbody>
      </table>
      {maxRows !== undefined && sorted.length > maxRows ? (
        <div className="vx-table__more">
          Showing {maxRows} of {sorted.length} rows
        </div>
      ) : null}
    </div>
  );
}
