// Response shapes of the software transmission API (/api/v1). Together with the availability set
// schema they generate the published OpenAPI document: the handlers and the contract tests use them.
import { z } from "zod";
import { availabilitySlotSchema } from "@/lib/availability/availability-schema";

// The server writes these with Date#toISOString: RFC 3339 date-times in UTC.
const dateTime = (description: string) => z.string().meta({ format: "date-time", description });

export const idempotencyKeySchema = z
  .string()
  .regex(/^[\w\-.:]{8,100}$/)
  .describe(
    "Clé choisie par le logiciel pour une requête : rejouée avec la même clé et le même corps, la requête renvoie la première réponse sans nouvelle publication. 8 à 100 caractères parmi lettres, chiffres, « - », « _ », « . » et « : ».",
  );

export const problemSchema = z
  .object({
    type: z.string().meta({ format: "uri", description: "URI identifiant le type de problème" }),
    title: z.string().describe("Résumé en français"),
    status: z.number().int().min(400).max(599).describe("Statut HTTP de la réponse"),
    detail: z.string().describe("Explication en français"),
    instance: z.string().meta({ format: "uri-reference", description: "Chemin de la requête en cause" }).optional(),
    errors: z
      .array(
        z.object({
          pointer: z.string().describe("Pointeur JSON (RFC 6901) vers le champ en cause dans le corps"),
          detail: z.string().describe("Ce qui ne va pas, en français"),
        }),
      )
      .describe("Pour un corps invalide : chaque champ en cause")
      .optional(),
  })
  .describe("Erreur au format RFC 9457 (application/problem+json)");

export const currentAvailabilitiesSchema = z
  .object({
    structureId: z.string().describe("Identifiant monenfant.fr de la structure"),
    publicationId: z.string().nullable().describe("Identifiant de la publication en cours, null si aucune"),
    misAJourLe: dateTime("Date et heure de la dernière mise à jour").nullable(),
    noPlaceAvailable: z.boolean().describe("Vrai si la structure a déclaré n'avoir aucune place disponible"),
    slots: z.array(availabilitySlotSchema).describe("Lignes en cours, par date de début"),
  })
  .describe("Jeu de disponibilités en cours d'une structure");

export const facilityListSchema = z
  .object({
    structures: z.array(
      z.object({
        id: z.string().describe("Identifiant monenfant.fr, à utiliser dans /structures/{id}/disponibilites"),
        nom: z.string(),
        typeStructure: z.string().describe("Type d'EAJE (crèche collective, micro-crèche…)"),
        codePostal: z.string(),
        commune: z.string(),
        misAJourLe: dateTime("Date et heure de la dernière publication de disponibilités").nullable(),
      }),
    ),
  })
  .describe("EAJE dont la clé peut publier les disponibilités");
