"use server";

import { ZodError } from "zod";
import { submitHabilitationRequest } from "@/lib/habilitation/submit-habilitation-request";
import { REQUEST_FORM_MESSAGES } from "@/lib/habilitation/request-form-messages";
import { runPayloadAction, type PayloadActionResult } from "@/lib/forms/run-payload-action";
import { currentRequestInfo } from "@/lib/auth/request-info";

export async function submitHabilitationRequestAction(input: unknown): Promise<PayloadActionResult> {
  let redirectTo = "";
  const result = await runPayloadAction(
    async () => {
      const submitted = await submitHabilitationRequest(input, await currentRequestInfo());
      // The use case answers invalid input as issues; thrown, they become the form's errors by path.
      if (!submitted.ok) throw new ZodError(submitted.issues);
      redirectTo = `/demande-habilitation/confirmation?reference=${encodeURIComponent(submitted.reference)}&caf=${encodeURIComponent(submitted.cafName)}`;
    },
    "La demande est envoyée.",
    REQUEST_FORM_MESSAGES,
  );
  return result.ok ? { ...result, redirectTo } : result;
}
