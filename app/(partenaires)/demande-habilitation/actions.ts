"use server";

import { submitHabilitationRequest } from "@/lib/habilitation/submit-habilitation-request";
import { REQUEST_FORM_MESSAGES } from "@/lib/habilitation/request-form-messages";
import { runPayloadAction, type PayloadActionResult } from "@/lib/forms/run-payload-action";
import { currentRequestInfo } from "@/lib/auth/request-info";

export async function submitHabilitationRequestAction(input: unknown): Promise<PayloadActionResult> {
  let redirectTo = "";
  const result = await runPayloadAction(
    async () => {
      const submitted = await submitHabilitationRequest(input, await currentRequestInfo());
      redirectTo = `/demande-habilitation/confirmation?reference=${encodeURIComponent(submitted.reference)}&caf=${encodeURIComponent(submitted.cafName)}`;
    },
    "La demande est envoyée.",
    REQUEST_FORM_MESSAGES,
  );
  return result.ok ? { ...result, redirectTo } : result;
}
