import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";

export const PAGE_BODY_CLASS = "flex min-h-screen flex-col font-sans";

/** What every page has around its content: the skip link (RGAA 12.7), its header, the main region, the footer. */
export function PageFrame({ header, children }: { header: ReactNode; children: ReactNode }) {
  return (
    <>
      <a href="#contenu" className="skip-link">
        Aller au contenu
      </a>
      {header}
      <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
