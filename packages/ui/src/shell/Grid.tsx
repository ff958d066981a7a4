import type { CSSProperties, ReactNode } from "react";

export interface GridProps {
  /** Fixed number of columns on wide screens; collapses to 2 then 1 on narrower ones. */
  columns?: 1 | 2 | 3 | 4;
  /** Alternatively, the minimum width of a cell in px: as many columns as fit. */
  minItemWidth?: number;
  /** Column template override, e.g. "2fr 1fr" (collapses to one column on small screens). */
  template?: string;
  children: ReactNode;
}

export function Grid({ columns = 2, minItemWidth, template, children }: GridProps) {
  const style = {
    "--vx-grid-cols": String(columns),
    ...(minItemWidth ? { "--vx-grid-min": `${minItemWidth}px` } : {}),
    ...(template ? { "--vx-grid-template": template } : {}),
  } as CSSProperties;
  const mode = template ? "template" : minItemWidth ? "auto" : "cols";
  return (
    <div className={`vx-grid vx-grid--${mode}`} data-cols={columns} style={style}>
      {children}
    </div>
  );
}
