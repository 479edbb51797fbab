"use server";

import { after } from "next/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/run-form-action";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { createFacility } from "@/lib/catalogue/create-facility";
import { updateFacility } from "@/lib/catalogue/update-facility";
import { changeFacilityStatus } from "@/lib/catalogue/change-facility-status";
import { startFacilityImport } from "@/lib/catalogue/start-facility-import";
import { runFacilityImport } from "@/lib/catalogue/run-facility-import";

const CAF_ROLES = ["CAF_AGENT", "CNAF_ADMIN"] as const;

export async function createFacilityAction(_state: FormState, form: FormData): Promise<FormState> {
  let createdId = "";
  const state = await runFormAction(async () => {
    createdId = (await createFacility(await requireRole(CAF_ROLES), formValues(form))).id;
  }, "La structure est ajoutée au catalogue.");
  if (state.status === "success") redirect(`/caf/structures/${createdId}?cree=1`);
  return { ...state, values: formValues(form) };
}

export async function updateFacilityAction(facilityId: string, _state: FormState, form: FormData): Promise<FormState> {
  const state = await runFormAction(
    async () => updateFacility(await requireRole(CAF_ROLES), facilityId, formValues(form)),
    "Les modifications sont enregistrées.",
  );
  revalidatePath(`/caf/structures/${facilityId}`);
  return { ...state, values: formValues(form) };
}

export async function changeFacilityStatusAction(
  facilityId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const status = form.get("status");
  const state = await runFormAction(
    async () =>
      changeFacilityStatus(await requireRole(CAF_ROLES), facilityId, {
        status,
        reason: form.get("reason") ?? undefined,
      }),
    status === "CLOSED"
      ? "La structure est fermée : elle n'est plus proposée aux partenaires."
      : "La structure est rouverte.",
  );
  revalidatePath(`/caf/structures/${facilityId}`);
  return state;
}

export async function startImportAction(jobId: string, _state: FormState, _form: FormData): Promise<FormState> {
  const state = await runFormAction(async () => {
    await startFacilityImport(await requireRole(CAF_ROLES), jobId);
    // The import runs after the answer is sent; its progress lives in PostgreSQL for whichever instance is polled.
    after(() => runFacilityImport(jobId));
  }, "L'import est lancé.");
  revalidatePath(`/caf/structures/import/${jobId}`);
  return state;
}
