import type { ReactNode } from "react";

export interface SectionProps {
  title?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  id?: string;
  children: ReactNode;
}

/** A titled block of the page; sections are separated by whitespace, not lines. */
export function Section({ title, description, actions, id, children }: SectionProps) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section className="vx-section" id={id} aria-labelledby={title ? headingId : undefined}>
      {title || actions ? (
        <div className="vx-section__header">
          <div>
            {title ? (
              <h2 className="vx-section__title" id={headingId}>
                {title}
              </h2>
            ) : null}
            {description ? <p className="vx-section__description">{description}</p> : null}
          </div>
          {actions ? <div className="vx-section__actions">{actions}</div> : null}
        </div>
      ) : null}
      {children}
    </section>
  );
}
