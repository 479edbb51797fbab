import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { pastOrTodayDate } from "@/lib/validation/dates";
import type { AnnexSnapshot } from "./annex";
import { facilitySelectionSchema, personSchema } from "./annex-schema";
import { annexCommune, annexFacility, sortedAnnex } from "./build-current-annex";
import { grantAccounts, type PreparedPassword } from "./grant-accounts";
import { revokeAccountsWithoutScope } from "./revoke-accounts-without-scope";

const ids = z.array(z.string().min(1).max(40)).max(500).default([]);

const changesShape = {
  addPeople: z.array(personSchema).max(50).default([]),
  removePersonIds: ids,
  addFacilities: z.array(facilitySelectionSchema).max(500).default([]),
  removeFacilityIds: ids,
  addCommunes: z
    .array(z.string().regex(/^[0-9AB]{5}$/, "Code commune invalide."))
    .max(300)
    .default([]),
  removeCommuneIds: ids,
};

/** What an avenant changes in Annex 1; stored as is on the avenant until it is in force. */
export const plannedChangesSchema = z.object(changesShape);
export type PlannedChanges = z.output<typeof plannedChangesSchema>;

export const amendmentSchema = z
  .object({
    requestedOn: pastOrTodayDate("Date de la demande du partenaire"),
    reason: z
      .string()
      .trim()
      .min(5, "Objet de l'avenant : 5 caractères au minimum.")
      .max(500, "Objet de l'avenant : 500 caractères au maximum."),
    ...changesShape,
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

/**
 * Checks planned changes against Annex 1 as it stands (rows still listed, facilities of the Caf,
 * communes of its département, no duplicates, at least one person left) and describes them.
 */
export async function resolveAmendmentChanges(
  tx: Tx,
  convention: { id: string; cafId: string },
  change: PlannedChanges,
) {
  const conventionId = convention.id;
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
  changes.push(...removedPeople.map((p) => `Retrait de ${p.firstName} ${p.lastName} (${p.email})`));
  changes.push(...change.addPeople.map((p) => `Ajout de ${p.firstName} ${p.lastName}, ${p.jobTitle} (${p.email})`));

  const removedFacilities = await tx.conventionFacility.findMany({
    where: { conventionId, removedAt: null, id: { in: change.removeFacilityIds } },
    include: { facility: { select: { id: true, name: true } } },
  });
  if (removedFacilities.length !== change.removeFacilityIds.length)
    throw new DomainError("Une structure à retirer ne figure plus dans l'annexe : rechargez la page.", 409);
  changes.push(...removedFacilities.map((f) => `Retrait de la structure ${f.facility.name}`));

  const addedFacilities = [];
  if (change.addFacilities.length > 0) {
    const facilities = await tx.facility.findMany({
      where: { id: { in: change.addFacilities.map((f) => f.facilityId) }, cafId: convention.cafId, status: "OPEN" },
      include: { commune: { select: { name: true } } },
    });
    const listed = new Set(
      (
        await tx.conventionFacility.findMany({ where: { conventionId, removedAt: null }, select: { facilityId: true } })
      ).map((f) => f.facilityId),
    );
    for (const selection of change.addFacilities) {
      const facility = facilities.find((f) => f.id === selection.facilityId);
      if (!facility) throw new DomainError("Une structure à ajouter n'est pas référencée par cette Caf.", 422);
      if (listed.has(facility.id)) throw new DomainError(`« ${facility.name} » figure déjà dans l'annexe.`, 422);
      if (selection.availabilities && !facility.isEaje)
        throw new DomainError(`« ${facility.name} » n'est pas un EAJE : pas de disponibilités.`, 422);
      addedFacilities.push({ selection, facility });
      changes.push(`Ajout de la structure ${facility.name}`);
    }
  }

  const removedCommunes = await tx.conventionCommune.findMany({
    where: { conventionId, removedAt: null, id: { in: change.removeCommuneIds } },
    include: { commune: true },
  });
  if (removedCommunes.length !== change.removeCommuneIds.length)
    throw new DomainError("Une commune à retirer ne figure plus dans l'annexe : rechargez la page.", 409);
  changes.push(...removedCommunes.map((c) => `Retrait de la commune ${c.commune.name}`));

  let addedCommunes: { inseeCode: string; name: string; postcodes: string[] }[] = [];
  if (change.addCommunes.length > 0) {
    const departementCode = (await tx.caf.findUniqueOrThrow({ where: { id: convention.cafId } })).departementCode;
    addedCommunes = await tx.commune.findMany({ where: { inseeCode: { in: change.addCommunes }, departementCode } });
    if (addedCommunes.length !== change.addCommunes.length)
      throw new DomainError("Une commune à ajouter n'appartient pas au département de la Caf.", 422);
    changes.push(...addedCommunes.map((c) => `Ajout de la commune ${c.name}`));
  }
  return {
    removedPeople,
    addedPeople: change.addPeople,
    removedFacilities,
    addedFacilities,
    removedCommunes,
    addedCommunes,
    changes,
  };
}

export type ResolvedChanges = Awaited<ReturnType<typeof resolveAmendmentChanges>>;

/** Annex 1 as it will read once the avenant is in force: printed in full in the avenant. */
export function projectAnnex(current: AnnexSnapshot, resolved: ResolvedChanges): AnnexSnapshot {
  const removedEmails = new Set(resolved.removedPeople.map((p) => p.email));
  const removedFacilityIds = new Set(resolved.removedFacilities.map((f) => f.facility.id));
  const removedInsee = new Set(resolved.removedCommunes.map((c) => c.communeInsee));
  return sortedAnnex({
    people: [...current.people.filter((p) => !removedEmails.has(p.email)), ...resolved.addedPeople],
    facilities: [
      ...current.facilities.filter((f) => !removedFacilityIds.has(f.id)),
      ...resolved.addedFacilities.map(({ facility, selection }) => annexFacility(facility, selection)),
    ],
    communes: [
      ...current.communes.filter((c) => !removedInsee.has(c.inseeCode)),
      ...resolved.addedCommunes.map(annexCommune),
    ],
  });
}

/**
 * The avenant is in force: Annex 1 rows are added and removed, new people get their accounts
 * (passwords e-mailed now), removed people lose access at once. Returns the accounts deactivated.
 */
export async function applyAmendmentChanges(
  tx: Tx,
  convention: { id: string; number: string; type: "STRUCTURES" | "INFO_POINT" },
  amendmentId: string,
  resolved: ResolvedChanges,
  passwords: Map<string, PreparedPassword>,
  now = new Date(),
) {
  const conventionId = convention.id;
  const removal = { removedAt: now, removedByAmendmentId: amendmentId };
  const addition = { conventionId, addedAt: now, addedByAmendmentId: amendmentId };
  await tx.conventionPerson.updateMany({
    where: { id: { in: resolved.removedPeople.map((p) => p.id) } },
    data: removal,
  });
  const added = await Promise.all(
    resolved.addedPeople.map((person) => tx.conventionPerson.create({ data: { ...person, ...addition } })),
  );
  await tx.conventionFacility.updateMany({
    where: { id: { in: resolved.removedFacilities.map((f) => f.id) } },
    data: removal,
  });
  for (const { selection } of resolved.addedFacilities)
    await tx.conventionFacility.create({ data: { ...selection, ...addition } });
  await tx.conventionCommune.updateMany({
    where: { id: { in: resolved.removedCommunes.map((c) => c.id) } },
    data: removal,
  });
  for (const commune of resolved.addedCommunes)
    await tx.conventionCommune.create({ data: { communeInsee: commune.inseeCode, ...addition } });
  await grantAccounts(tx, convention, added, passwords);
  return revokeAccountsWithoutScope(
    tx,
    resolved.removedPeople.flatMap((p) => (p.userId ? [p.userId] : [])),
    now,
  );
}
