import type { ReactNode } from "react";
import { NavLinks, type NavItem } from "./NavLinks";

export interface AppShellProps {
  /** The app's title, e.g. "Fraud alerts". */
  appTitle: string;
  /** One line saying what the app does, shown next to the title. */
  purpose?: string;
  nav?: NavItem[];
  /** Right-hand slots of the top bar, typically a ProvenanceBadge and a BackendBadge. */
  provenance?: ReactNode;
  backend?: ReactNode;
  /** Footer slot, typically a DisclaimerBanner or a short sentence. */
  disclaimer?: ReactNode;
  productName?: string;
  homeHref?: string;
  children: ReactNode;
}

/** Page chrome shared by every app: top bar (product, app, purpose, badges), section tabs, content, footer. */
export function AppShell({ appTitle, purpose, nav = [], provenance, backend, disclaimer, productName = "Verticals", homeHref = "/", children }: AppShellProps) {
  return (
    <div className="vx-shell">
      <a className="vx-skip" href="#vx-main">
        Skip to content
      </a>
      <header className="vx-topbar">
        <div className="vx-topbar__row vx-container">
          <a className="vx-brand" href={homeHref}>
            <span className="vx-brand__mark" aria-hidden="true" />
            <span className="vx-brand__product">{productName}</span>
          </a>
          <span className="vx-brand__sep" aria-hidden="true">
            /
          </span>
          <div className="vx-brand__app">
            <span className="vx-brand__title">{appTitle}</span>
            {purpose ? (
              <span className="vx-brand__purpose" title={purpose}>
                {purpose}
              </span>
            ) : null}
          </div>
          {provenance || backend ? (
            <div className="vx-topbar__slots">
              {provenance}
              {backend}
            </div>
          ) : null}
        </div>
        {nav.length > 0 ? (
          <div className="vx-topbar__nav vx-container">
            <NavLinks items={nav} />
          </div>
        ) : null}
      </header>
      <main id="vx-main" className="vx-main vx-container">
        {children}
      </main>
      <footer className="vx-footer">
        <div className="vx-container vx-footer__inner">
          <div className="vx-footer__disclaimer">{disclaimer}</div>
          <div className="vx-footer__meta">{productName} · open-source demonstration of AI in traditional industries</div>
        </div>
      </footer>
    </div>
  );
}
