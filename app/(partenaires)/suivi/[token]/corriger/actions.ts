"use server";

import { correctHabilitationRequest } from "@/lib/habilitation/correct-habilitation-request";
import { REQUEST_FORM_MESSAGES } from "@/lib/habilitation/request-form-messages";
import { runPayloadAction, type PayloadActionResult } from "@/lib/forms/run-payload-action";
import { currentRequestInfo } from "@/lib/auth/request-info";

// No session: the unguessable follow-up token is the requester's credential, checked by the use case.
export async function correctRequestAction(token: string, input: unknown): Promise<PayloadActionResult> {
  const result = await runPayloadAction(
    async () => correctHabilitationRequest(token, input, await currentRequestInfo()),
    "La demande corrigée est envoyée à la Caf.",
    REQUEST_FORM_MESSAGES,
  );
  return result.ok ? { ...result, redirectTo: `/suivi/${token}` } : result;
}
