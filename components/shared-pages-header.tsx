import { getCurrentUser } from "@/lib/auth/session";
import { FamilyHeader } from "@/components/family-header";
import { SiteHeader } from "@/components/site-header";

/**
 * The header of the pages families and partners share (legal notices, accessibility, personal data, open
 * data), all linked from every page's footer: the signed-in person's own header; otherwise the families'
 * (most visitors come from the search), which leads to the partners' space too.
 */
export async function SharedPagesHeader() {
  return (await getCurrentUser()) ? <SiteHeader /> : <FamilyHeader />;
}
