import { z } from "zod";
import { availabilitySetSchema } from "@/lib/availability/availability-schema";
import { currentAvailabilitiesSchema, facilityListSchema, idempotencyKeySchema, problemSchema } from "./v1-schemas";

// Embedded in components: without its own "$schema" (the document's JSON Schema dialect applies).
function jsonSchema(schema: z.ZodType, io: "input" | "output" = "output") {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any", reused: "inline" });
  return rest;
}

type Header = { description: string; required: boolean; schema: object };
const problemResponse = (description: string, headers?: Record<string, Header>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Probleme" } } },
});
const unauthorized = problemResponse("Clé absente, invalide ou révoquée, ou titulaire qui n'est plus habilité", {
  "WWW-Authenticate": {
    description: "Schéma d'authentification attendu : Bearer",
    required: true,
    schema: { type: "string", pattern: "^Bearer\\b" },
  },
});
const tooManyRequests = problemResponse(
  "Limite de requêtes de la clé atteinte, ou trop de clés invalides présentées depuis cette adresse : réessayer après le délai indiqué par Retry-After",
  {
    "Retry-After": {
      description: "Secondes à attendre avant de réessayer",
      required: true,
      schema: { type: "integer", minimum: 1 },
    },
  },
);
const outOfScope = problemResponse("Structure hors du périmètre de la clé");
const notFound = problemResponse("Structure introuvable");
const bearer = [{ cleApi: [] }];
const facilityId = {
  name: "id",
  in: "path",
  required: true,
  description: "Identifiant monenfant.fr de la structure (voir GET /structures)",
  schema: { type: "string" },
};
const json = (ref: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } });

/** The OpenAPI 3.1 description of /api/v1, generated from the zod schemas the handlers use. */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "monenfant.fr — transmission des disponibilités des EAJE",
      version: "1.0.0",
      description:
        "API destinée aux logiciels de gestion des établissements d'accueil du jeune enfant (arrêté du 31 août 2021). Chaque clé, créée par une personne habilitée dans son espace, agit en son nom sur les seuls EAJE de son habilitation. Une publication remplace l'ensemble des disponibilités en cours ; l'historique est conservé. Les erreurs suivent la RFC 9457 (application/problem+json), en français.",
      contact: { name: "Support monenfant.fr des éditeurs de logiciels", url: `${serverUrl}/developpeurs` },
      license: { name: "Licence Ouverte 2.0 (Etalab)", identifier: "etalab-2.0" },
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    tags: [
      { name: "structures", description: "Les EAJE sur lesquels une clé peut publier" },
      { name: "disponibilites", description: "Les places disponibles d'un EAJE" },
    ],
    components: {
      securitySchemes: {
        cleApi: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "mek_…",
          description:
            "Clé d'API « mek_… » créée dans l'espace partenaires par une personne habilitée ; elle agit en son nom.",
        },
      },
      schemas: {
        JeuDeDisponibilites: jsonSchema(availabilitySetSchema, "input"),
        DisponibilitesEnCours: jsonSchema(currentAvailabilitiesSchema),
        ListeStructures: jsonSchema(facilityListSchema),
        Probleme: jsonSchema(problemSchema),
      },
    },
    security: bearer,
    paths: {
      "/structures": {
        get: {
          operationId: "listerStructures",
          tags: ["structures"],
          summary: "EAJE sur lesquels la clé peut publier",
          description:
            "Les EAJE dont le titulaire de la clé peut publier les disponibilités pour le gestionnaire de la clé, avec leur identifiant monenfant.fr : le logiciel y associe ses propres établissements.",
          responses: {
            "200": { description: "Liste des structures", content: json("ListeStructures") },
            "401": unauthorized,
            "429": tooManyRequests,
          },
        },
      },
      "/structures/{id}/disponibilites": {
        parameters: [facilityId],
        get: {
          operationId: "lireDisponibilites",
          tags: ["disponibilites"],
          summary: "Disponibilités en cours d'une structure",
          description: "Le jeu de disponibilités publié en ce moment, tel que les familles le voient.",
          responses: {
            "200": { description: "Jeu en cours", content: json("DisponibilitesEnCours") },
            "401": unauthorized,
            "403": outOfScope,
            "404": notFound,
            "429": tooManyRequests,
          },
        },
        put: {
          operationId: "remplacerDisponibilites",
          tags: ["disponibilites"],
          summary: "Remplacer toutes les disponibilités en cours",
          description:
            "Publie immédiatement le jeu transmis à la place du jeu en cours, avec les mêmes règles que l'espace partenaires : celles que JSON Schema ne peut exprimer sont listées dans la description du schéma JeuDeDisponibilites et de ses lignes. Une requête refusée ne modifie rien.",
          parameters: [
            {
              name: "Idempotency-Key",
              in: "header",
              required: false,
              description: idempotencyKeySchema.description,
              schema: jsonSchema(idempotencyKeySchema),
            },
          ],
          requestBody: { required: true, content: json("JeuDeDisponibilites") },
          responses: {
            "200": { description: "Jeu publié", content: json("DisponibilitesEnCours") },
            "400": problemResponse("Corps ou en-tête Idempotency-Key invalide : rien n'est modifié"),
            "401": unauthorized,
            "403": outOfScope,
            "404": notFound,
            "413": problemResponse("Corps de plus de 256 Kio"),
            "415": problemResponse("Corps non JSON"),
            "422": problemResponse("Clé d'idempotence déjà utilisée pour une autre requête"),
            "429": tooManyRequests,
          },
        },
      },
    },
  };
}

type Responses = { responses?: Record<string, { description: string }> };

/** Each error status of the API with its first description in the document: the developers' page lists them. */
export function documentedErrorStatuses(): [status: string, description: string][] {
  const statuses = new Map<string, string>();
  const items = Object.values(openApiDocument("").paths) as Record<string, Responses>[];
  for (const operation of items.flatMap((item) => Object.values(item)))
    for (const [status, { description }] of Object.entries(operation.responses ?? {}))
      if (Number(status) >= 400 && !statuses.has(status)) statuses.set(status, description);
  return [...statuses].sort(([a], [b]) => a.localeCompare(b));
}
