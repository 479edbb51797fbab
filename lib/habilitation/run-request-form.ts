import "server-only";
import type { z } from "zod";
import { DomainError } from "@/lib/errors";

export type SubmitHabilitationResult =
  | { ok: true; redirectTo: string }
  | { ok: false; message?: string; issues?: { path: PropertyKey[]; message: string }[] };

/**
 * What the request wizard's server actions answer (new request, correction): field errors with their
 * path, a French message for a refusal, and the page to show once it went through.
 */
export async function runRequestForm(
  work: () => Promise<{ ok: true; redirectTo: string } | { ok: false; issues: z.core.$ZodIssue[] }>,
): Promise<SubmitHabilitationResult> {
  try {
    const result = await work();
    if (result.ok) return result;
    return {
      ok: false,
      message: "La demande contient des erreurs.",
      issues: result.issues.map((i) => ({ path: i.path, message: i.message })),
    };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, message: error.message };
    console.error("[habilitation] request form failed", error);
    return {
      ok: false,
      message: "La demande n'a pas pu être enregistrée. Votre saisie est conservée : réessayez dans quelques instants.",
    };
  }
}
