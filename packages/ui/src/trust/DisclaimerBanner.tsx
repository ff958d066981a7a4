import type { ReactNode } from "react";

export interface DisclaimerBannerProps {
  children: ReactNode;
  /** "warning" for safety-relevant notes (e.g. medical), "info" otherwise. */
  tone?: "info" | "warning";
  title?: string;
}

/** A short, visible statement of what this is not, e.g. "Demonstration, not a medical device". */
export function DisclaimerBanner({ children, tone = "info", title }: DisclaimerBannerProps) {
  return (
    <div className={`vx-disclaimer vx-disclaimer--${tone}`} role="note">
      <span className="vx-disclaimer__icon" aria-hidden="true">
        {tone === "warning" ? "!" : "i"}
      </span>
      <div>
        {title ? <strong className="vx-disclaimer__title">{title} </strong> : null}
        {children}
      </div>
    </div>
  );
}
