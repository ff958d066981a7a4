"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "../cx";

export interface NavItem {
  href: string;
  label: string;
}

/** Tab-style navigation; the current route gets aria-current="page". */
export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname() ?? "";
  return (
    <nav className="vx-nav" aria-label="Sections">
      {items.map((item) => {
        const active = item.href === "/" ? pathname === "/" : pathname === item.href || pathname.startsWith(item.href + "/");
        return (
          <Link key={item.href} href={item.href} className={cx("vx-nav__link", active && "vx-nav__link--active")} aria-current={active ? "page" : undefined}>
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
