import "server-only";
import { ZodError } from "zod";
import { AccessDeniedError, DomainError } from "@/lib/errors";
import { fieldErrorsOf } from "./form-state";

/** What a server action taking a JSON payload (from an editor with several rows) answers. */
export type PayloadActionResult =
  { ok: true; message: string } | { ok: false; message: string; fieldErrors?: Record<string, string> };

/** Runs the use case; every expected failure becomes a French message, field errors keyed by their path. */
export async function runPayloadAction(
  work: () => Promise<unknown>,
  successMessage: string,
): Promise<PayloadActionResult> {
  try {
    await work();
    return { ok: true, message: successMessage };
  } catch (error) {
    if (error instanceof ZodError)
      return { ok: false, message: "Le formulaire contient des erreurs.", fieldErrors: fieldErrorsOf(error) };
    if (error instanceof DomainError || error instanceof AccessDeniedError)
      return { ok: false, message: error.message };
    console.error("[action] unexpected failure", error);
    return {
      ok: false,
      message: "L'enregistrement n'a pas pu aboutir : rien n'a été publié. Réessayez dans quelques instants.",
    };
  }
}
