import type { ReactNode } from "react";

export interface ErrorStateProps {
  title?: string;
  message: ReactNode;
  /** Link that retries (e.g. the same page); use `action` for a button from a client component. */
  retryHref?: string;
  retryLabel?: string;
  action?: ReactNode;
}

export function ErrorState({ title = "Something went wrong", message, retryHref, retryLabel = "Try again", action }: ErrorStateProps) {
  return (
    <div className="vx-state vx-state--error" role="alert">
      <div className="vx-state__icon" aria-hidden="true">
        !
      </div>
      <div className="vx-state__title">{title}</div>
      <div className="vx-state__message">{message}</div>
      {retryHref || action ? (
        <div className="vx-state__actions">
          {retryHref ? (
            <a className="vx-button" href={retryHref}>
              {retryLabel}
            </a>
          ) : null}
          {action}
        </div>
      ) : null}
    </div>
  );
}
