import "server-only";
import { ZodError } from "zod";
import { db } from "@/lib/db";
import { AccessDeniedError } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { authenticateApiKey, type ApiCaller } from "./authenticate-api-key";
import { problem, validationProblem } from "./problem";
import { invalidKeyWait, recordInvalidKey } from "./invalid-key-throttle";
import { requestInfoFrom } from "@/lib/auth/request-info";
import { readAtMost } from "@/lib/http/read-body";

/**
 * Every /api/v1 call: key authentication and rate limit first, then the work; every failure becomes
 * an RFC 9457 problem document in French, never a stack trace.
 */
export async function handleApiRequest(
  request: Request,
  work: (caller: ApiCaller) => Promise<Response>,
): Promise<Response> {
  const instance = new URL(request.url).pathname;
  const { ip } = requestInfoFrom((name) => request.headers.get(name));
  const wait = await invalidKeyWait(ip);
  if (wait > 0)
    return problem("tooManyRequests", "Trop de clés d'API invalides depuis cette adresse : patientez.", {
      instance,
      headers: { "Retry-After": String(wait) },
    });
  const authorization = request.headers.get("authorization");
  const caller = await authenticateApiKey(authorization);
  if ("kind" in caller) {
    // Only a presented credential is a guess: a crawler calling without any key must not lock out an
    // integrator who shares its address (a company's or an operator's NAT).
    if (caller.kind === "unauthenticated" && authorization?.trim()) await recordInvalidKey(ip);
    return problem(caller.kind, caller.detail, {
      instance,
      headers: caller.retryAfterSeconds
        ? { "Retry-After": String(caller.retryAfterSeconds) }
        : { "WWW-Authenticate": 'Bearer realm="monenfant.fr"' },
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

// A full availability set (100 slots) is about 20 KB: anything far beyond is refused unread.
export const MAX_BODY_BYTES = 256 * 1024;

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
  const tooLarge = () =>
    problem("payloadTooLarge", `Le corps de la requête dépasse ${MAX_BODY_BYTES / 1024} Kio.`, { instance });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return tooLarge();
  let raw: string;
  try {
    const body = await readAtMost(request, MAX_BODY_BYTES);
    if (body === null) return tooLarge();
    raw = body.toString("utf8");
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
