import type { ReactNode } from "react";
import { Link } from "@/components/link";

/**
 * The band at the top of every page: the State's mark, the site's name, what this part of the site is
 * for, and its quick links (`children`: the `<li>` of the list).
 */
export function HeaderBar({ tagline, children }: { tagline: string; children: ReactNode }) {
  return (
    <header className="border-b border-gray-300 bg-white" role="banner">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <div className="flex items-center gap-6">
          <p className="text-sm font-bold uppercase leading-tight" aria-hidden="true">
            République
            <br />
            française
          </p>
          <div>
            <Link href="/" className="text-xl font-bold text-texte no-underline">
              monenfant.fr
            </Link>
            <p className="text-sm text-texte-mention">{tagline}</p>
          </div>
        </div>
        <nav aria-label="Accès rapide">
          <ul className="flex flex-wrap items-center gap-4 text-sm">{children}</ul>
        </nav>
      </div>
    </header>
  );
}
