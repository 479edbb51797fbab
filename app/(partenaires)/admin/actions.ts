"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/run-form-action";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { updateCaf } from "@/lib/admin/update-caf";
import { inviteCafAgent } from "@/lib/admin/invite-caf-agent";
import { deactivateCafAgent } from "@/lib/admin/deactivate-caf-agent";
import { moveCafAgent } from "@/lib/admin/move-caf-agent";
import { saveConventionTemplateDraft } from "@/lib/admin/save-convention-template-draft";
import { publishConventionTemplate } from "@/lib/admin/publish-convention-template";
import { updateCafSignInRequirements } from "@/lib/admin/update-caf-sign-in-requirements";
import { resetSecondFactor } from "@/lib/admin/reset-second-factor";
import { retryOutboxEmail } from "@/lib/admin/retry-outbox-email";

// Each use case re-checks that the actor is the Cnaf; requireRole only rejects other sessions early.
async function asCnaf(
  work: (actor: Awaited<ReturnType<typeof requireRole>>) => Promise<unknown>,
  success: string,
  path: string,
): Promise<FormState> {
  const state = await runFormAction(async () => work(await requireRole(["CNAF_ADMIN"])), success);
  revalidatePath(path);
  return state;
}

export async function updateCafAction(cafId: string, _state: FormState, form: FormData): Promise<FormState> {
  return asCnaf(
    (actor) => updateCaf(actor, cafId, formValues(form)),
    "Les coordonnées de la Caf sont enregistrées.",
    `/admin/cafs/${cafId}`,
  );
}

export async function updateCafSignInRequirementsAction(
  cafId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  return asCnaf(
    (actor) => updateCafSignInRequirements(actor, cafId, formValues(form)),
    "Les exigences de connexion des agents de cette Caf sont enregistrées.",
    `/admin/cafs/${cafId}`,
  );
}

export async function resetSecondFactorAction(agentId: string, _state: FormState, form: FormData): Promise<FormState> {
  return asCnaf(
    (actor) => resetSecondFactor(actor, agentId, formValues(form)),
    "Le second facteur est réinitialisé ; l'agent en est informé par courriel.",
    `/admin/agents/${agentId}`,
  );
}

export async function inviteCafAgentAction(_state: FormState, form: FormData): Promise<FormState> {
  return asCnaf(
    (actor) => inviteCafAgent(actor, formValues(form)),
    "Le compte est créé : l'agent reçoit son mot de passe provisoire par courriel.",
    "/admin/agents",
  );
}

export async function deactivateCafAgentAction(agentId: string, _state: FormState, form: FormData): Promise<FormState> {
  return asCnaf(
    (actor) => deactivateCafAgent(actor, agentId, formValues(form)),
    "Le compte est désactivé ; ses sessions sont fermées.",
    `/admin/agents/${agentId}`,
  );
}

export async function moveCafAgentAction(agentId: string, _state: FormState, form: FormData): Promise<FormState> {
  return asCnaf(
    (actor) => moveCafAgent(actor, agentId, formValues(form)),
    "L'agent est rattaché à sa nouvelle Caf.",
    `/admin/agents/${agentId}`,
  );
}

export async function saveTemplateDraftAction(type: string, _state: FormState, form: FormData): Promise<FormState> {
  return asCnaf(
    (actor) => saveConventionTemplateDraft(actor, type, formValues(form)),
    "Le brouillon est enregistré. Vérifiez l'aperçu puis publiez-le.",
    `/admin/modeles/${type.toLowerCase()}`,
  );
}

export async function publishTemplateAction(type: string, _state: FormState, _form: FormData): Promise<FormState> {
  let version = 0;
  const path = `/admin/modeles/${type.toLowerCase()}`;
  const state = await asCnaf(async (actor) => ({ version } = await publishConventionTemplate(actor, type)), "", path);
  // The publication form disappears with the draft: the page itself confirms the new version.
  if (state.status === "success") redirect(`${path}?publiee=${version}`);
  return state;
}

export async function retryOutboxEmailAction(emailId: string, _state: FormState, _form: FormData): Promise<FormState> {
  return asCnaf(
    (actor) => retryOutboxEmail(actor, emailId),
    "Le courriel est remis en file d'envoi : il part dans les secondes qui viennent.",
    "/admin/exploitation",
  );
}
