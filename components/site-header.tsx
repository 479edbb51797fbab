import { getCurrentUser } from "@/lib/auth/session";
import { PartnerHeader } from "@/components/partner-header";

/** The partners' header of the App Router's pages, for whoever is signed in. */
export async function SiteHeader() {
  return <PartnerHeader user={await getCurrentUser()} />;
}
