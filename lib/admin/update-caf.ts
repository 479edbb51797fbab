import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { optionalPhoneField, postcodeField } from "@/lib/validation/fields";
import { personalName } from "@/lib/validation/text";
import { requireCnaf } from "./require-cnaf";

const text = (label: string, max = 200) =>
  z
    .string({ error: `${label} est obligatoire.` })
    .trim()
    .min(2, `${label} est obligatoire.`)
    .max(max, `${label} dépasse ${max} caractères.`);

export const cafSchema = z.object({
  name: text("Le nom"),
  // The signatory of the conventions, printed in their parties: "représentée par sa directrice, Madame …".
  directorCivility: z.enum(["Madame", "Monsieur"], "Civilité du directeur ou de la directrice : Madame ou Monsieur."),
  directorName: personalName("Nom du directeur ou de la directrice"),
  directorTitle: text("Le titre du directeur ou de la directrice", 100),
  street: text("L'adresse"),
  postcode: postcodeField(),
  city: text("La ville", 100),
  // Notifications to the Caf (new requests…) go to this address.
  email: z.email("Adresse électronique invalide.").trim().toLowerCase().max(200),
  phone: optionalPhoneField("Téléphone", { shortNumbers: true }),
});

/** The Cnaf edits a Caf's identity (name, director, postal address, notification e-mail); audited field by field. */
export async function updateCaf(actor: SessionUser, cafId: string, input: unknown) {
  requireCnaf(actor);
  const fields = cafSchema.parse(input);
  return db.$transaction(async (tx) => {
    const current = await tx.caf.findUnique({ where: { id: cafId } });
    if (!current) throw new AccessDeniedError(404, "Caf introuvable.");
    const changes = Object.fromEntries(
      (Object.keys(fields) as (keyof typeof fields)[])
        .filter((key) => current[key] !== fields[key])
        .map((key) => [key, { from: current[key], to: fields[key] }]),
    );
    if (Object.keys(changes).length === 0) return;
    await tx.caf.update({ where: { id: cafId }, data: fields });
    await recordAuditEvent(
      actor,
      { action: "caf.update", entityType: "Caf", entityId: cafId, cafId, data: changes },
      tx,
    );
  });
}
