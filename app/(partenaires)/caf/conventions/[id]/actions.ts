"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/run-form-action";
import type { FormState } from "@/lib/forms/form-state";
import { createAmendment } from "@/lib/conventions/create-amendment";
import { notifyTermination } from "@/lib/conventions/notify-termination";
import { markAmendmentSent } from "@/lib/conventions/mark-amendment-sent";
import { signAmendment } from "@/lib/conventions/sign-amendment";
import { suspendHabilitatedPerson } from "@/lib/conventions/suspend-habilitated-person";

const CAF_ROLES = ["CAF_AGENT", "CNAF_ADMIN"] as const;

export async function createAmendmentAction(conventionId: string, payload: unknown): Promise<FormState> {
  const state = await runFormAction(
    async () => createAmendment(await requireRole(CAF_ROLES), conventionId, payload),
    "L'avenant est produit : téléchargez-le et faites-le signer. Il prendra effet à la seconde signature.",
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
        letterSentOn: form.get("letterSentOn") || undefined,
        noticeOn: form.get("noticeOn"),
        letterReference: form.get("letterReference") ?? undefined,
        endOn: form.get("endOn"),
        reason: form.get("reason") ?? "",
      }),
    "La résiliation est enregistrée.",
  );
  revalidatePath(`/caf/conventions/${conventionId}`);
  return state;
}

export async function markAmendmentSentAction(
  conventionId: string,
  amendmentId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const state = await runFormAction(
    async () => markAmendmentSent(await requireRole(CAF_ROLES), amendmentId, { sentOn: form.get("sentOn") }),
    "L'envoi de l'avenant pour signature est enregistré.",
  );
  revalidatePath(`/caf/conventions/${conventionId}`);
  return state;
}

export async function signAmendmentAction(
  conventionId: string,
  amendmentId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const state = await runFormAction(
    async () =>
      signAmendment(await requireRole(CAF_ROLES), amendmentId, {
        party: form.get("party"),
        signedOn: form.get("signedOn"),
        place: form.get("place"),
        signatory: form.get("signatory"),
      }),
    "La signature est enregistrée. Avec la seconde signature, l'avenant entre en vigueur.",
  );
  revalidatePath(`/caf/conventions/${conventionId}`);
  return state;
}

export async function suspendPersonAction(conventionId: string, _state: FormState, form: FormData): Promise<FormState> {
  const state = await runFormAction(
    async () =>
      suspendHabilitatedPerson(await requireRole(CAF_ROLES), {
        conventionPersonId: form.get("conventionPersonId"),
        reason: form.get("reason"),
      }),
    "L'accès de cette personne est suspendu. Produisez l'avenant qui la retire de l'annexe.",
  );
  revalidatePath(`/caf/conventions/${conventionId}`);
  return state;
}
