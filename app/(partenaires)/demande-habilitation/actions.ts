"use server";

import { submitHabilitationRequest } from "@/lib/habilitation/submit-habilitation-request";
import { currentRequestInfo } from "@/lib/auth/request-info";
import { DomainError } from "@/lib/errors";

import type { SubmitHabilitationResult } from "@/components/habilitation/request-wizard";

export async function submitHabilitationRequestAction(input: unknown): Promise<SubmitHabilitationResult> {
  try {
    const result = await submitHabilitationRequest(input, await currentRequestInfo());
    if (!result.ok) {
      return {
        ok: false,
        message: "La demande contient des erreurs.",
        issues: result.issues.map((i) => ({ path: i.path, message: i.message })),
      };
    }
    return { ok: true, reference: result.reference, cafName: result.cafName };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, message: error.message };
    console.error("[habilitation] submission failed", error);
    return {
      ok: false,
      message:
        "La demande n'a pas pu être enregistrée. Elle est conservée dans ce navigateur : réessayez dans quelques instants.",
    };
  }
}
