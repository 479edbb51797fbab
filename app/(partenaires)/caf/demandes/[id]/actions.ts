"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/run-form-action";
import type { FormState } from "@/lib/forms/form-state";
import { startReview } from "@/lib/habilitation/start-review";
import { refuseHabilitationRequest } from "@/lib/habilitation/refuse-habilitation-request";
import { generateConvention } from "@/lib/habilitation/generate-convention";
import { recordConventionSending } from "@/lib/habilitation/record-convention-sending";
import { recordConventionSignature } from "@/lib/habilitation/record-convention-signature";
import { askForCorrections } from "@/lib/habilitation/ask-for-corrections";
import { acceptNewFacility } from "@/lib/habilitation/accept-new-facility";
import { recordCheckDecision } from "@/lib/habilitation/record-check-decision";
import { applyRequestDetailsToProvider } from "@/lib/habilitation/apply-request-details-to-provider";
import { postCafMessage } from "@/lib/threads/post-caf-message";
import { addRequestNote } from "@/lib/desk/add-request-note";

const CAF_ROLES = ["CAF_AGENT", "CNAF_ADMIN"] as const;

// Each action re-checks the session and the Caf scope (inside the use case) before doing anything.
async function onRequest(
  requestId: string,
  work: (actor: Awaited<ReturnType<typeof requireRole>>) => Promise<unknown>,
  success: string,
) {
  const state = await runFormAction(async () => work(await requireRole(CAF_ROLES)), success);
  revalidatePath(`/caf/demandes/${requestId}`);
  return state;
}

export async function startReviewAction(requestId: string, _state: FormState, _form: FormData): Promise<FormState> {
  return onRequest(requestId, (actor) => startReview(actor, requestId), "La demande est en cours d'instruction.");
}

export async function refuseAction(requestId: string, _state: FormState, form: FormData): Promise<FormState> {
  return onRequest(
    requestId,
    (actor) => refuseHabilitationRequest(actor, requestId, { reason: form.get("reason") }),
    "La demande est refusée ; le demandeur en est informé par courriel.",
  );
}

export async function generateConventionAction(
  requestId: string,
  _state: FormState,
  _form: FormData,
): Promise<FormState> {
  return onRequest(
    requestId,
    (actor) => generateConvention(actor, requestId),
    "La convention est produite : téléchargez-la pour l'envoyer.",
  );
}

export async function recordSendingAction(requestId: string, _state: FormState, form: FormData): Promise<FormState> {
  return onRequest(
    requestId,
    (actor) => recordConventionSending(actor, requestId, { sentOn: form.get("sentOn") }),
    "L'envoi postal est enregistré.",
  );
}

export async function recordSignatureAction(requestId: string, _state: FormState, form: FormData): Promise<FormState> {
  return onRequest(
    requestId,
    (actor) =>
      recordConventionSignature(actor, requestId, {
        party: form.get("party"),
        signedOn: form.get("signedOn"),
        place: form.get("place"),
        signatory: form.get("signatory"),
      }),
    "La signature est enregistrée. La convention prend effet à la date de la seconde signature.",
  );
}

export async function askForCorrectionsAction(
  requestId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  return onRequest(
    requestId,
    (actor) => askForCorrections(actor, requestId, { message: form.get("message") }),
    "Les compléments sont demandés ; le demandeur reçoit par courriel son lien pour corriger la demande.",
  );
}

export async function acceptNewFacilityAction(
  requestId: string,
  newFacilityId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  return onRequest(
    requestId,
    (actor) =>
      acceptNewFacility(actor, requestId, newFacilityId, {
        decision: form.get("decision"),
        facilityId: form.get("facilityId") ?? undefined,
      }),
    "La structure est acceptée : elle figure dans la demande et le sera dans l'annexe de la convention.",
  );
}

export async function recordCheckDecisionAction(
  requestId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  return onRequest(
    requestId,
    (actor) => recordCheckDecision(actor, requestId, { note: form.get("note") }),
    "Votre appréciation des vérifications est consignée au journal.",
  );
}

export async function decideProviderDetailsAction(
  requestId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  return onRequest(
    requestId,
    (actor) =>
      applyRequestDetailsToProvider(actor, requestId, {
        decision: form.get("decision") ?? undefined,
        reason: form.get("reason") ?? undefined,
      }),
    "Votre décision sur la fiche du gestionnaire est enregistrée.",
  );
}

export async function postRequestMessageAction(
  requestId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  return onRequest(
    requestId,
    (actor) => postCafMessage(actor, { requestId }, { body: form.get("body") }),
    "Le message est envoyé au demandeur.",
  );
}

export async function addRequestNoteAction(requestId: string, _state: FormState, form: FormData): Promise<FormState> {
  return onRequest(
    requestId,
    (actor) => addRequestNote(actor, requestId, { body: form.get("body") }),
    "La note est enregistrée (visible des seuls agents).",
  );
}
