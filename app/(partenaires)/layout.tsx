import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { PageFrame } from "@/components/page-frame";

export default function PartnerPagesLayout({ children }: { children: ReactNode }) {
  return <PageFrame header={<SiteHeader />}>{children}</PageFrame>;
}
