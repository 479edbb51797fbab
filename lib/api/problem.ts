import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";

// RFC 9457 problem details, with French titles and details for the software vendors' support staff.
export const PROBLEM_TYPES = {
  validation: { status: 400, title: "Requête invalide" },
  unauthenticated: { status: 401, title: "Clé d'API absente, invalide ou révoquée" },
  forbidden: { status: 403, title: "Accès refusé" },
  notFound: { status: 404, title: "Ressource introuvable" },
  methodNotAllowed: { status: 405, title: "Méthode non autorisée" },
  conflict: { status: 409, title: "Conflit" },
  payloadTooLarge: { status: 413, title: "Corps de requête trop volumineux" },
  unsupportedMediaType: { status: 415, title: "Type de contenu non pris en charge" },
  tooManyRequests: { status: 429, title: "Trop de requêtes" },
  unprocessable: { status: 422, title: "Requête impossible à traiter" },
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: { pointer: string; detail: string }[];
};

export function problem(
  kind: ProblemType,
  detail: string,
  extra: { instance?: string; errors?: Problem["errors"]; headers?: Record<string, string> } = {},
) {
  const { status, title } = PROBLEM_TYPES[kind];
  const body: Problem = {
    type: `https://monenfant.fr/api/v1/problemes/${kind}`,
    title,
    status,
    detail,
    ...(extra.instance ? { instance: extra.instance } : {}),
    ...(extra.errors ? { errors: extra.errors } : {}),
  };
  return NextResponse.json(body, { status, headers: { "Content-Type": "application/problem+json", ...extra.headers } });
}

/** Zod issues as JSON pointers into the request body ("/slots/0/places"). */
export function validationProblem(error: z.ZodError, instance?: string) {
  return problem("validation", "Le corps de la requête ne respecte pas le schéma publié : voir `errors`.", {
    instance,
    errors: error.issues.map((issue) => ({ pointer: `/${issue.path.map(String).join("/")}`, detail: issue.message })),
  });
}

/** A route handler for the methods a route does not implement: 405 with the ones it does in `Allow`. */
export function methodNotAllowed(allowed: string[]) {
  return (request: Request) =>
    problem("methodNotAllowed", `Cette adresse n'accepte que ${allowed.join(", ")}.`, {
      instance: new URL(request.url).pathname,
      headers: { Allow: allowed.join(", ") },
    });
}
