"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/run-form-action";
import type { FormState } from "@/lib/forms/form-state";
import { recordReceivedDestructionAttestation } from "@/lib/family-requests/record-received-destruction-attestation";

export async function recordReceivedDestructionAttestationAction(
  infoPointId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const state = await runFormAction(
    async () =>
      recordReceivedDestructionAttestation(await requireRole(["CAF_AGENT", "CNAF_ADMIN"]), {
        infoPointId,
        signatoryName: form.get("signatoryName"),
        signatoryRole: form.get("signatoryRole"),
        signedOn: form.get("signedOn"),
        scan: form.get("scan") ?? undefined,
        paperOriginalOnFile: form.get("paperOriginalOnFile") ?? undefined,
      }),
    "Attestation reçue enregistrée.",
  );
  revalidatePath("/caf/demandes-familles");
  return state;
}
