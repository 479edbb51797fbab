import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { SiteHeader } from "@/components/site-header";
import { PAGE_BODY_CLASS, PageFrame } from "@/components/page-frame";

export const metadata: Metadata = {
  title: { default: "Espace partenaires — monenfant.fr", template: "%s — monenfant.fr" },
  description:
    "Espace des partenaires de monenfant.fr : habilitations des gestionnaires de structures, disponibilités d'accueil et informations des crèches.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body className={PAGE_BODY_CLASS}>
        <PageFrame header={<SiteHeader />}>{children}</PageFrame>
      </body>
    </html>
  );
}
