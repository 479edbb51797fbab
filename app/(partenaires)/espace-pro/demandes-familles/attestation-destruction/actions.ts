"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/run-form-action";
import type { FormState } from "@/lib/forms/form-state";
import { signDestructionAttestation } from "@/lib/family-requests/sign-destruction-attestation";
import { DESTRUCTION_ATTESTATION_PATH } from "@/lib/family-requests/send-destruction-attestation-reminders";

export async function signDestructionAttestationAction(
  infoPointId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const state = await runFormAction(
    async () =>
      signDestructionAttestation(await requireRole(["INFO_POINT_USER", "PROVIDER_USER"]), infoPointId, {
        requestIds: form.getAll("requestIds"),
        confirmed: form.get("confirmed"),
      }),
    "Attestation signée.",
  );
  revalidatePath(DESTRUCTION_ATTESTATION_PATH);
  // Once signed, the form is gone from the page (nothing left to attest): the page itself says it.
  if (state.status === "success") redirect(`${DESTRUCTION_ATTESTATION_PATH}?signee=1`);
  return state;
}
