"use server";

import { correctHabilitationRequest } from "@/lib/habilitation/correct-habilitation-request";
import { runRequestForm, type SubmitHabilitationResult } from "@/lib/habilitation/run-request-form";
import { currentRequestInfo } from "@/lib/auth/request-info";

// No session: the unguessable follow-up token is the requester's credential, checked by the use case.
export async function correctRequestAction(token: string, input: unknown): Promise<SubmitHabilitationResult> {
  return runRequestForm(async () => {
    const result = await correctHabilitationRequest(token, input, await currentRequestInfo());
    if (!result.ok) return result;
    return { ok: true, redirectTo: `/suivi/${token}` };
  });
}
