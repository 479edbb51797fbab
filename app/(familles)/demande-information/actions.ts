"use server";

import { submitFamilyRequest } from "@/lib/family-requests/submit-family-request";
import { currentRequestInfo } from "@/lib/auth/request-info";
import { DomainError } from "@/lib/errors";

import type { FamilyRequestActionResult } from "@/components/family/family-request-form";

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
