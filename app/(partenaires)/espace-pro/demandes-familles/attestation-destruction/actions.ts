"use server";

import { revalidatePath } from "next/cache";
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
    "Attestation signée. Elle est transmise à la Caf et téléchargeable ci-dessous.",
  );
  revalidatePath(DESTRUCTION_ATTESTATION_PATH);
  return state;
}
