"use server";

import { submitHabilitationRequest } from "@/lib/habilitation/submit-habilitation-request";
import { runRequestForm, type SubmitHabilitationResult } from "@/lib/habilitation/run-request-form";
import { currentRequestInfo } from "@/lib/auth/request-info";

export async function submitHabilitationRequestAction(input: unknown): Promise<SubmitHabilitationResult> {
  return runRequestForm(async () => {
    const result = await submitHabilitationRequest(input, await currentRequestInfo());
    if (!result.ok) return result;
    return {
      ok: true,
      redirectTo: `/demande-habilitation/confirmation?reference=${encodeURIComponent(result.reference)}&caf=${encodeURIComponent(result.cafName)}`,
    };
  });
}
