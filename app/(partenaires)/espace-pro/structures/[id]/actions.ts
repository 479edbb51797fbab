"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/session";
import { runPayloadAction, type PayloadActionResult } from "@/lib/forms/run-payload-action";
import { publishAvailabilities } from "@/lib/availability/publish-availabilities";
import { submitOperatingInfo } from "@/lib/operating-info/submit-operating-info";
import { publicFacilityPath } from "@/lib/portal/portal-urls";

const PARTNER_ROLES = ["PROVIDER_USER", "INFO_POINT_USER"] as const;

export async function publishAvailabilitiesAction(facilityId: string, payload: unknown): Promise<PayloadActionResult> {
  const result = await runPayloadAction(
    async () => publishAvailabilities(await requireRole(PARTNER_ROLES), facilityId, payload),
    "Les disponibilités sont publiées : elles remplacent les précédentes et sont visibles des familles dès maintenant.",
  );
  if (result.ok) revalidatePath(publicFacilityPath(facilityId));
  return result;
}

export async function submitOperatingInfoAction(facilityId: string, payload: unknown): Promise<PayloadActionResult> {
  return runPayloadAction(
    async () => submitOperatingInfo(await requireRole(PARTNER_ROLES), facilityId, payload),
    "Les modalités de fonctionnement sont transmises à votre Caf. Elles seront publiées après sa validation ; la version actuelle reste en ligne d'ici là.",
  );
}
