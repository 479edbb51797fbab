import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { PAGE_BODY_CLASS } from "@/components/page-frame";

export const metadata: Metadata = {
  title: { default: "Espace partenaires — monenfant.fr", template: "%s — monenfant.fr" },
  description:
    "Espace des partenaires de monenfant.fr : habilitations des gestionnaires de structures, disponibilités d'accueil et informations des crèches.",
};

// The page frame and its header come from the route group's layout: (partenaires) or (familles).
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body className={PAGE_BODY_CLASS}>{children}</body>
    </html>
  );
}
