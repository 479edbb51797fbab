import type { Metadata } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import "./globals.css";
import { PAGE_BODY_CLASS } from "@/components/page-frame";
import { PARTNER_SPACE_DESCRIPTION, PARTNER_SPACE_TITLE } from "@/components/partner-header";

export const metadata: Metadata = {
  title: { default: PARTNER_SPACE_TITLE, template: "%s — monenfant.fr" },
  description: PARTNER_SPACE_DESCRIPTION,
};

// The page frame and its header come from the route group's layout: (partenaires) or (familles).
// Every page is rendered per request: its inline scripts carry the nonce the proxy drew for that request
// (lib/security/content-security-policy.ts), which a page built once could not know.
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="fr">
      <body className={PAGE_BODY_CLASS}>{children}</body>
    </html>
  );
}
