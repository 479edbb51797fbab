import "server-only";
import { ZodError } from "zod";
import { db } from "@/lib/db";
import { AccessDeniedError } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { authenticateApiKey, type ApiCaller } from "./authenticate-api-key";
import { problem, validationProblem } from "./problem";

/**
 * Every /api/v1 call: key authentication and rate limit first, then the work; every failure becomes
 * an RFC 9457 problem document in French, never a stack trace.
 */
export async function handleApiRequest(
  request: Request,
  work: (caller: ApiCaller) => Promise<Response>,
): Promise<Response> {
  const instance = new URL(request.url).pathname;
  const caller = await authenticateApiKey(request.headers.get("authorization"));
  if ("kind" in caller) {
    return problem(caller.kind, caller.detail, {
      instance,
      headers: caller.retryAfterSeconds ? { "Retry-After": String(caller.retryAfterSeconds) } : undefined,
    });
  }
  try {
    return await work(caller);
  } catch (error) {
    if (error instanceof ZodError) return validationProblem(error, instance);
    if (error instanceof DomainError)
      return problem(error.status === 409 ? "conflict" : "unprocessable", error.message, { instance });
    if (error instanceof AccessDeniedError)
      return problem(error.status === 404 ? "notFound" : "forbidden", error.message, { instance });
    console.error("[api] unexpected failure", error);
    return Response.json(
      {
        type: "about:blank",
        title: "Erreur interne",
        status: 500,
        detail: "La requête n'a pas pu aboutir ; aucune donnée n'a été modifiée. Réessayez plus tard.",
      },
      { status: 500, headers: { "Content-Type": "application/problem+json" } },
    );
  }
}

/** Outside the key's scope: 403 when the facility exists (its id is public), 404 otherwise. */
export async function outOfScope(facilityId: string): Promise<AccessDeniedError> {
  const exists = await db.facility.count({ where: { id: facilityId } });
  return exists
    ? new AccessDeniedError(
        403,
        "Cette structure n'entre pas dans le périmètre de la clé : son titulaire n'est pas habilité à y publier des disponibilités pour ce gestionnaire.",
      )
    : new AccessDeniedError(404, "Structure introuvable.");
}

/** Reads a JSON body; a non-JSON content type or malformed JSON is the caller's error. */
export async function readJsonBody(request: Request): Promise<{ raw: string; body: unknown } | Response> {
  const instance = new URL(request.url).pathname;
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) {
    return problem(
      "unsupportedMediaType",
      "Envoyez le corps en JSON avec l'en-tête « Content-Type: application/json ».",
      { instance },
    );
  }
  let raw: string;
  try {
    raw = await request.text();
  } catch {
    // The client went away while sending its body: nothing was done, and nobody is left to answer.
    return problem("validation", "Le corps de la requête a été interrompu.", { instance });
  }
  try {
    return { raw, body: JSON.parse(raw) };
  } catch {
    return problem("validation", "Le corps de la requête n'est pas un JSON valide.", { instance });
  }
}
