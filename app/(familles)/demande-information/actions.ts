"use server";

import { submitFamilyRequest, type SubmitFamilyRequestResult } from "@/lib/family-requests/submit-family-request";
import { currentRequestInfo } from "@/lib/auth/request-info";
import { DomainError } from "@/lib/errors";

export type FamilyRequestActionResult = SubmitFamilyRequestResult | { ok: false; message: string };

export async function submitFamilyRequestAction(input: unknown): Promise<FamilyRequestActionResult> {
  try {
    const result = await submitFamilyRequest(input, await currentRequestInfo());
    if (!result.ok && "issues" in result)
      return { ok: false, issues: result.issues.map((i) => ({ path: i.path, message: i.message })) };
    return result;
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, message: error.message };
    console.error("[family-request] submission failed", error);
    return { ok: false, message: "La demande n'a pas pu être envoyée. Réessayez dans quelques instants." };
  }
}
