import type { ReactNode } from "react";
import { FamilyHeader } from "@/components/family-header";
import { PageFrame } from "@/components/page-frame";

// The families' pages of the App Router (the information request): the families' header, like pages/.
export default function FamilyPagesLayout({ children }: { children: ReactNode }) {
  return <PageFrame header={<FamilyHeader />}>{children}</PageFrame>;
}
