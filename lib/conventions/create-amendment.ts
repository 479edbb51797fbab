import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { pastOrTodayDate } from "@/lib/validation/dates";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import { facilitySelectionSchema, personSchema } from "@/lib/habilitation/request-schema";
import { grantAccounts, preparePasswords } from "@/lib/habilitation/grant-accounts";
import { buildCurrentAnnex } from "./build-current-annex";
import { revokeAccountsWithoutScope } from "./revoke-accounts-without-scope";

const ids = z.array(z.string().min(1).max(40)).max(500).default([]);

export const amendmentSchema = z
  .object({
    requestedOn: pastOrTodayDate("Date de la demande du partenaire"),
    reason: z
      .string()
      .trim()
      .min(5, "Objet de l'avenant : 5 caractères au minimum.")
      .max(500, "Objet de l'avenant : 500 caractères au maximum."),
    addPeople: z.array(personSchema).max(50).default([]),
    removePersonIds: ids,
    addFacilities: z.array(facilitySelectionSchema).max(500).default([]),
    removeFacilityIds: ids,
    addCommunes: z
      .array(z.string().regex(/^[0-9AB]{5}$/, "Code commune invalide."))
      .max(300)
      .default([]),
    removeCommuneIds: ids,
  })
  .refine(
    (a) =>
      a.addPeople.length +
        a.removePersonIds.length +
        a.addFacilities.length +
        a.removeFacilityIds.length +
        a.addCommunes.length +
        a.removeCommuneIds.length >
      0,
    {
      error: "L'avenant doit ajouter ou retirer au moins une personne, une structure ou une commune.",
      path: ["reason"],
    },
  );

const LIVE = ["ACTIVE", "TERMINATION_NOTIFIED"] as const;

/**
 * Avenant, on the partner's express request: people, facilities or communes added or removed, a new
 * number, an updated Annex 1 kept as a snapshot. Removed people lose access at once.
 */
export async function createAmendment(actor: SessionUser, conventionId: string, input: unknown) {
  const change = amendmentSchema.parse(input);
  const passwords = await preparePasswords(change.addPeople);
  return db.$transaction(async (tx) => {
    const convention = await tx.convention.findFirst({ where: { id: conventionId, ...cafScopeOf(actor) } });
    if (!convention) throw new AccessDeniedError(404, "Convention introuvable.");
    if (!(LIVE as readonly string[]).includes(convention.status))
      throw new DomainError("Seule une convention en vigueur peut faire l'objet d'un avenant.", 409);
    // Serialises amendments of one convention, so two agents cannot take the same number.
    await tx.$executeRaw`SELECT id FROM "Convention" WHERE id = ${convention.id} FOR UPDATE`;
    const number = (await tx.amendment.count({ where: { conventionId } })) + 1;
    const amendment = await tx.amendment.create({
      data: {
        conventionId,
        number,
        requestedAt: change.requestedOn,
        reason: change.reason,
        annexSnapshot: {},
        createdById: actor.id,
      },
    });
    const now = new Date();
    const changes: string[] = [];

    const current = await tx.conventionPerson.findMany({ where: { conventionId, removedAt: null } });
    const removedPeople = current.filter((p) => change.removePersonIds.includes(p.id));
    if (removedPeople.length !== change.removePersonIds.length)
      throw new DomainError("Une personne à retirer ne figure plus dans l'annexe : rechargez la page.", 409);
    const currentEmails = new Set(current.filter((p) => !change.removePersonIds.includes(p.id)).map((p) => p.email));
    for (const person of change.addPeople) {
      if (currentEmails.has(person.email)) throw new DomainError(`${person.email} figure déjà dans l'annexe.`, 422);
      currentEmails.add(person.email);
    }
    if (currentEmails.size === 0)
      throw new DomainError(
        "L'annexe doit garder au moins une personne habilitée ; pour tout arrêter, résiliez la convention.",
        422,
      );
    if (removedPeople.length > 0) {
      await tx.conventionPerson.updateMany({
        where: { id: { in: removedPeople.map((p) => p.id) } },
        data: { removedAt: now, removedByAmendmentId: amendment.id },
      });
      changes.push(...removedPeople.map((p) => `Retrait de ${p.firstName} ${p.lastName} (${p.email})`));
    }
    const added = await Promise.all(
      change.addPeople.map((person) =>
        tx.conventionPerson.create({
          data: { ...person, conventionId, addedAt: now, addedByAmendmentId: amendment.id },
        }),
      ),
    );
    changes.push(...added.map((p) => `Ajout de ${p.firstName} ${p.lastName}, ${p.jobTitle} (${p.email})`));

    if (change.removeFacilityIds.length > 0) {
      const removed = await tx.conventionFacility.findMany({
        where: { conventionId, removedAt: null, id: { in: change.removeFacilityIds } },
        include: { facility: { select: { name: true } } },
      });
      if (removed.length !== change.removeFacilityIds.length)
        throw new DomainError("Une structure à retirer ne figure plus dans l'annexe : rechargez la page.", 409);
      await tx.conventionFacility.updateMany({
        where: { id: { in: change.removeFacilityIds } },
        data: { removedAt: now, removedByAmendmentId: amendment.id },
      });
      changes.push(...removed.map((f) => `Retrait de la structure ${f.facility.name}`));
    }
    if (change.addFacilities.length > 0) {
      const facilities = await tx.facility.findMany({
        where: { id: { in: change.addFacilities.map((f) => f.facilityId) }, cafId: convention.cafId, status: "OPEN" },
      });
      const listed = new Set(
        (
          await tx.conventionFacility.findMany({
            where: { conventionId, removedAt: null },
            select: { facilityId: true },
          })
        ).map((f) => f.facilityId),
      );
      for (const selection of change.addFacilities) {
        const facility = facilities.find((f) => f.id === selection.facilityId);
        if (!facility) throw new DomainError("Une structure à ajouter n'est pas référencée par cette Caf.", 422);
        if (listed.has(facility.id)) throw new DomainError(`« ${facility.name} » figure déjà dans l'annexe.`, 422);
        if (selection.availabilities && !facility.isEaje)
          throw new DomainError(`« ${facility.name} » n'est pas un EAJE : pas de disponibilités.`, 422);
        await tx.conventionFacility.create({
          data: { ...selection, conventionId, addedAt: now, addedByAmendmentId: amendment.id },
        });
        changes.push(`Ajout de la structure ${facility.name}`);
      }
    }
    if (change.removeCommuneIds.length > 0) {
      const removed = await tx.conventionCommune.findMany({
        where: { conventionId, removedAt: null, id: { in: change.removeCommuneIds } },
        include: { commune: true },
      });
      if (removed.length !== change.removeCommuneIds.length)
        throw new DomainError("Une commune à retirer ne figure plus dans l'annexe : rechargez la page.", 409);
      await tx.conventionCommune.updateMany({
        where: { id: { in: change.removeCommuneIds } },
        data: { removedAt: now, removedByAmendmentId: amendment.id },
      });
      changes.push(...removed.map((c) => `Retrait de la commune ${c.commune.name}`));
    }
    if (change.addCommunes.length > 0) {
      const departementCode = (await tx.caf.findUniqueOrThrow({ where: { id: convention.cafId } })).departementCode;
      const communes = await tx.commune.findMany({ where: { inseeCode: { in: change.addCommunes }, departementCode } });
      if (communes.length !== change.addCommunes.length)
        throw new DomainError("Une commune à ajouter n'appartient pas au département de la Caf.", 422);
      for (const commune of communes) {
        await tx.conventionCommune.create({
          data: { conventionId, communeInsee: commune.inseeCode, addedAt: now, addedByAmendmentId: amendment.id },
        });
        changes.push(`Ajout de la commune ${commune.name}`);
      }
    }

    await tx.amendment.update({
      where: { id: amendment.id },
      data: { annexSnapshot: { annex: await buildCurrentAnnex(tx, conventionId), changes } },
    });
    await grantAccounts(tx, convention, added, passwords);
    const revoked = await revokeAccountsWithoutScope(
      tx,
      removedPeople.flatMap((p) => (p.userId ? [p.userId] : [])),
      now,
    );
    await recordAuditEvent(
      actor,
      {
        action: "convention.amend",
        entityType: "Convention",
        entityId: conventionId,
        cafId: convention.cafId,
        reason: change.reason,
        data: { number, changes, revokedAccounts: revoked },
      },
      tx,
    );
    return { number, changes };
  });
}
