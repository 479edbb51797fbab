// No `server-only` import: pages/ uses this module, and Next refuses `server-only` there (README, "Layout").
import type { PlainHtmlPageData } from "./plain-html-page-data";
import { facilityPhotoPath } from "@/lib/portal/portal-urls";
import { isPlausibleIdentifier } from "@/lib/validation/text";
import { getPublicFacility } from "@/lib/public/get-public-facility";

type PublicFacility = NonNullable<Awaited<ReturnType<typeof getPublicFacility>>>;

// Props are JSON: the dates become what the page shows of them.
function toPageView({ photo, availabilitiesUpdatedAt, operatingInfo, ...facility }: PublicFacility) {
  return {
    ...facility,
    info: operatingInfo?.content ?? null,
    photo: photo ? { src: facilityPhotoPath(facility.id, photo.uploadedAt), altText: photo.altText } : null,
    availabilitiesUpdatedAt: availabilitiesUpdatedAt?.toISOString() ?? null,
  };
}

export type PublicFacilityPageProps = { facility: ReturnType<typeof toPageView> | null };

/**
 * The data of a facility's public page (components/public-facility-page.tsx). Published content changes at any
 * time (availabilities are public at once): read for each request.
 */
export const publicFacilityPageData: PlainHtmlPageData<PublicFacilityPageProps> = {
  route: "/structures/[id]",
  async load({ id }) {
    const facility = typeof id === "string" && isPlausibleIdentifier(id) ? await getPublicFacility(id) : null;
    return { status: facility ? 200 : 404, props: { facility: facility && toPageView(facility) } };
  },
};
