import "server-only";
import { ZodError } from "zod";
import { AccessDeniedError, DomainError } from "@/lib/errors";
import { fieldErrorsOf } from "./form-state";

/**
 * What a server action taking a JSON payload (from an editor with several rows) answers. `redirectTo` is the
 * page to show once it went through, when the editor leaves for another page (a confirmation) instead of
 * staying on this one; `details`, what a refusal gives the form to show besides its message (a contact).
 */
export type PayloadActionResult<Details = never> =
  | { ok: true; message: string; redirectTo?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string>; details?: Details };

const DEFAULT_MESSAGES = {
  invalid: "Le formulaire contient des erreurs.",
  failure: "L'enregistrement n'a pas pu aboutir : rien n'a été publié. Réessayez dans quelques instants.",
};

/**
 * Runs the use case; every expected failure becomes a French message, field errors keyed by their path.
 * `messages` words the summary of invalid input and of an unexpected failure for forms that say it otherwise.
 */
export async function runPayloadAction(
  work: () => Promise<unknown>,
  successMessage: string,
  messages: { invalid?: string; failure?: string } = {},
): Promise<PayloadActionResult> {
  const { invalid, failure } = { ...DEFAULT_MESSAGES, ...messages };
  try {
    await work();
    return { ok: true, message: successMessage };
  } catch (error) {
    if (error instanceof ZodError) return { ok: false, message: invalid, fieldErrors: fieldErrorsOf(error) };
    if (error instanceof DomainError || error instanceof AccessDeniedError)
      return { ok: false, message: error.message };
    console.error("[action] unexpected failure", error);
    return { ok: false, message: failure };
  }
}
