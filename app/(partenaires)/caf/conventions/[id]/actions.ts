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

// Each action re-checks the session and the Caf scope (inside the use case) before doing anything.
async function onConvention(
  conventionId: string,
  work: (actor: Awaited<ReturnType<typeof requireRole>>) => Promise<unknown>,
  success: string,
) {
  const state = await runFormAction(async () => work(await requireRole(CAF_ROLES)), success);
  revalidatePath(`/caf/conventions/${conventionId}`);
  return state;
}

export async function createAmendmentAction(conventionId: string, payload: unknown): Promise<FormState> {
  return onConvention(
    conventionId,
    (actor) => createAmendment(actor, conventionId, payload),
    "L'avenant est produit : téléchargez-le et faites-le signer. Il prendra effet à la seconde signature.",
  );
}

export async function notifyTerminationAction(
  conventionId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  return onConvention(
    conventionId,
    (actor) =>
      notifyTermination(actor, conventionId, {
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
}

export async function markAmendmentSentAction(
  conventionId: string,
  amendmentId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  return onConvention(
    conventionId,
    (actor) => markAmendmentSent(actor, amendmentId, { sentOn: form.get("sentOn") }),
    "L'envoi de l'avenant pour signature est enregistré.",
  );
}

export async function signAmendmentAction(
  conventionId: string,
  amendmentId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  return onConvention(
    conventionId,
    (actor) =>
      signAmendment(actor, amendmentId, {
        party: form.get("party"),
        signedOn: form.get("signedOn"),
        place: form.get("place"),
        signatory: form.get("signatory"),
      }),
    "La signature est enregistrée. Avec la seconde signature, l'avenant entre en vigueur.",
  );
}

export async function suspendPersonAction(conventionId: string, _state: FormState, form: FormData): Promise<FormState> {
  return onConvention(
    conventionId,
    (actor) =>
      suspendHabilitatedPerson(actor, {
        conventionPersonId: form.get("conventionPersonId"),
        reason: form.get("reason"),
      }),
    "L'accès de cette personne est suspendu. Produisez l'avenant qui la retire de l'annexe.",
  );
}
