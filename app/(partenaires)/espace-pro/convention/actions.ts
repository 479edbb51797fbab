"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/run-form-action";
import type { FormState } from "@/lib/forms/form-state";
import { askForChange } from "@/lib/partner-space/ask-for-change";
import { replyFromPartnerSpace } from "@/lib/threads/reply-from-partner-space";

const PARTNER_ROLES = ["PROVIDER_USER", "INFO_POINT_USER"] as const;

// The session and the person's place in the convention are checked by each use case.
async function onConvention(
  work: (actor: Awaited<ReturnType<typeof requireRole>>) => Promise<unknown>,
  success: string,
) {
  const state = await runFormAction(async () => work(await requireRole(PARTNER_ROLES)), success);
  revalidatePath("/espace-pro/convention");
  return state;
}

export async function askForChangeAction(conventionId: string, _state: FormState, form: FormData): Promise<FormState> {
  return onConvention(
    (actor) => askForChange(actor, conventionId, { details: form.get("details") }),
    "Votre demande de modification est transmise à la Caf, qui préparera l'avenant.",
  );
}

export async function replyOnConventionAction(
  conventionId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  return onConvention(
    (actor) => replyFromPartnerSpace(actor, conventionId, { body: form.get("body") }),
    "Votre message est envoyé à la Caf.",
  );
}
