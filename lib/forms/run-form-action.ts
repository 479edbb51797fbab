import "server-only";
import { ZodError } from "zod";
import { AccessDeniedError, DomainError } from "@/lib/errors";
import { fieldErrorsOf, type FormState } from "./form-state";

/**
 * Runs a server action's use case and turns every expected failure into a French message for the
 * form; nothing reaches the user as a stack trace or a 500.
 */
export async function runFormAction(work: () => Promise<unknown>, successMessage: string): Promise<FormState> {
  try {
    await work();
    return { status: "success", message: successMessage };
  } catch (error) {
    if (error instanceof ZodError)
      return { status: "error", message: "Le formulaire contient des erreurs.", fieldErrors: fieldErrorsOf(error) };
    if (error instanceof DomainError || error instanceof AccessDeniedError)
      return { status: "error", message: error.message };
    console.error("[action] unexpected failure", error);
    return {
      status: "error",
      message: "L'opération n'a pas pu aboutir. Aucune donnée n'a été modifiée : réessayez dans quelques instants.",
    };
  }
}
