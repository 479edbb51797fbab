// Response shapes of the software transmission API (/api/v1). Together with the availability set
// schema they generate the published OpenAPI document: the handlers and the contract tests use them.
import { z } from "zod";
import { availabilitySlotSchema } from "@/lib/availability/availability-schema";

export const problemSchema = z
  .object({
    type: z.string().describe("URI identifiant le type de problème"),
    title: z.string().describe("Résumé en français"),
    status: z.number().int(),
    detail: z.string().describe("Explication en français"),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ pointer: z.string().describe("Pointeur JSON vers le champ en cause"), detail: z.string() }))
      .optional(),
  })
  .describe("Erreur au format RFC 9457 (application/problem+json)");

export const currentAvailabilitiesSchema = z
  .object({
    structureId: z.string(),
    publicationId: z.string().nullable().describe("Identifiant de la publication en cours, null si aucune"),
    misAJourLe: z.string().nullable().describe("Date et heure ISO 8601 de la dernière mise à jour"),
    noPlaceAvailable: z.boolean(),
    slots: z.array(availabilitySlotSchema),
  })
  .describe("Jeu de disponibilités en cours d'une structure");

export const facilityListSchema = z
  .object({
    structures: z.array(
      z.object({
        id: z.string(),
        nom: z.string(),
        typeStructure: z.string(),
        codePostal: z.string(),
        commune: z.string(),
        misAJourLe: z.string().nullable(),
      }),
    ),
  })
  .describe("EAJE dont la clé peut publier les disponibilités");
