"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/run-form-action";
import type { FormState } from "@/lib/forms/form-state";
import { createAmendment } from "@/lib/conventions/create-amendment";
import { notifyTermination } from "@/lib/conventions/notify-termination";

const CAF_ROLES = ["CAF_AGENT", "CNAF_ADMIN"] as const;

export async function createAmendmentAction(conventionId: string, payload: unknown): Promise<FormState> {
  const state = await runFormAction(
    async () => createAmendment(await requireRole(CAF_ROLES), conventionId, payload),
    "L'avenant est enregistré ; l'annexe 1 est à jour.",
  );
  revalidatePath(`/caf/conventions/${conventionId}`);
  return state;
}

export async function notifyTerminationAction(
  conventionId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const state = await runFormAction(
    async () =>
      notifyTermination(await requireRole(CAF_ROLES), conventionId, {
        mode: form.get("mode"),
        requestedBy: form.get("requestedBy"),
        noticeOn: form.get("noticeOn"),
        endOn: form.get("endOn"),
        reason: form.get("reason") ?? "",
      }),
    "La résiliation est enregistrée.",
  );
  revalidatePath(`/caf/conventions/${conventionId}`);
  return state;
}
