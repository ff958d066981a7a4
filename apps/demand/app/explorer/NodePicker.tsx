"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";

export interface PickerOption {
  key: string;
  label: string;
}

export interface NodePickerProps {
  level: string;
  nodeKey: string;
  levels: PickerOption[];
  /** Options per level. */
  nodes: Record<string, PickerOption[]>;
}

/** Level and node selects; changing either navigates to that node's page. */
export function NodePicker({ level, nodeKey, levels, nodes }: NodePickerProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = (nextLevel: string, nextKey: string) => startTransition(() => router.push(`/explorer?level=${encodeURIComponent(nextLevel)}&key=${encodeURIComponent(nextKey)}`));
  return (
    <div className="dm-row" aria-busy={pending}>
      <label className="dm-field">
        <span>Level</span>
        <select className="dm-select" value={level} data-testid="level-select" onChange={(e) => go(e.target.value, nodes[e.target.value]?.[0]?.key ?? "")}>
          {levels.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label className="dm-field dm-field--wide">
        <span>{levels.find((l) => l.key === level)?.label ?? "Series"}</span>
        <select className="dm-select" value={nodeKey} data-testid="node-select" onChange={(e) => go(level, e.target.value)}>
          {(nodes[level] ?? []).map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {pending ? <span className="dm-note">Loading…</span> : null}
    </div>
  );
}
