import type { ReactNode } from "react";

export interface EmptyStateProps {
  title: string;
  /** What to do next, in words. */
  description?: ReactNode;
  /** A command that fixes it, shown copyable, e.g. "pnpm verticals train fraud". */
  command?: string;
  action?: ReactNode;
}

export function EmptyState({ title, description, command, action }: EmptyStateProps) {
  return (
    <div className="vx-state vx-state--empty">
      <div className="vx-state__title">{title}</div>
      {description ? <div className="vx-state__message">{description}</div> : null}
      {command ? (
        <pre className="vx-command">
          <code>
            <span className="vx-command__prompt" aria-hidden="true">
              ${" "}
            </span>
            {command}
          </code>
        </pre>
      ) : null}
      {action ? <div className="vx-state__actions">{action}</div> : null}
    </div>
  );
}
