import { getCurrentUser } from "@/lib/auth/session";
import { getPartnerAccess } from "@/lib/partner-space/get-partner-access";
import { PartnerHeader } from "@/components/partner-header";

/** The partners' header of the App Router's pages, for whoever is signed in (with what a partner does). */
export async function SiteHeader() {
  const user = await getCurrentUser();
  const isPartner = user?.role === "PROVIDER_USER" || user?.role === "INFO_POINT_USER";
  return (
    <PartnerHeader user={user} access={isPartner && !user.mustChangePassword ? await getPartnerAccess(user) : null} />
  );
}
