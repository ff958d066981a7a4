import type { ReactNode } from "react";
import { cx } from "../cx";

export interface CardProps {
  title?: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  footer?: ReactNode;
  /** "flush" removes body padding (tables that run edge to edge). */
  padding?: "normal" | "flush";
  className?: string;
  id?: string;
  children: ReactNode;
}

export function Card({ title, subtitle, actions, footer, padding = "normal", className, id, children }: CardProps) {
  return (
    <div className={cx("vx-card", className)} id={id}>
      {title || actions ? (
        <div className="vx-card__header">
          <div className="vx-card__heading">
            {title ? <h3 className="vx-card__title">{title}</h3> : null}
            {subtitle ? <p className="vx-card__subtitle">{subtitle}</p> : null}
          </div>
          {actions ? <div className="vx-card__actions">{actions}</div> : null}
        </div>
      ) : null}
      <div className={cx("vx-card__body", padding === "flush" && "vx-card__body--flush")}>{children}</div>
      {footer ? <div className="vx-card__footer">{footer}</div> : null}
    </div>
  );
}
