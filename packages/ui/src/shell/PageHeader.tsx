import type { ReactNode } from "react";

export interface PageHeaderProps {
  title: ReactNode;
  /** Small label above the title, e.g. the section or dataset. */
  eyebrow?: ReactNode;
  description?: ReactNode;
  /** Right-aligned actions (links, buttons, badges). */
  actions?: ReactNode;
}

export function PageHeader({ title, eyebrow, description, actions }: PageHeaderProps) {
  return (
    <div className="vx-page-header">
      <div className="vx-page-header__text">
        {eyebrow ? <div className="vx-eyebrow">{eyebrow}</div> : null}
        <h1 className="vx-page-header__title">{title}</h1>
        {description ? <p className="vx-page-header__description">{description}</p> : null}
      </div>
      {actions ? <div className="vx-page-header__actions">{actions}</div> : null}
    </div>
  );
}
