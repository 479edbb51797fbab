"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/run-form-action";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { withdrawPublishedContent } from "@/lib/moderation/withdraw-published-content";
import { publicFacilityPath } from "@/lib/portal/portal-urls";

export async function withdrawContentAction(facilityId: string, _state: FormState, form: FormData): Promise<FormState> {
  const state = await runFormAction(
    async () => withdrawPublishedContent(await requireRole(["CAF_AGENT", "CNAF_ADMIN"]), facilityId, formValues(form)),
    "Le contenu est retiré du site ; le partenaire en est informé par courriel.",
  );
  if (state.status === "success") {
    revalidatePath(publicFacilityPath(facilityId));
    redirect(`/caf/moderation/${facilityId}?retrait=${encodeURIComponent(formValues(form).content ?? "")}`);
  }
  return { ...state, values: formValues(form) };
}
