import type { ReactNode } from "react";
import { PageFrame } from "@/components/page-frame";
import { SharedPagesHeader } from "@/components/shared-pages-header";

// The pages families and partners share: each sees their own way around (components/shared-pages-header.tsx).
export default function SharedPagesLayout({ children }: { children: ReactNode }) {
  return <PageFrame header={<SharedPagesHeader />}>{children}</PageFrame>;
}
