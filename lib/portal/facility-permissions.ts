// THE scope rules of the partner portal and of moderation, in one place (SPEC §2, §4, §5):
// - a person acts for facility F with capability C iff a live convention (active, or terminated with
//   notice still running) lists them (not removed nor suspended, account active) and lists F with C (not removed);
//   F must be open, and availabilities exist for EAJE only;
// - a Caf agent moderates only facilities of their own Caf; the Cnaf admin moderates all.
// Anything outside the caller's scope is answered 404, so nothing leaks about other facilities.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import { LIVE_CONVENTION_STATUSES } from "@/lib/conventions/convention-state-machine";

export type PartnerCapability = "availabilities" | "operatingInfo";
const FACILITY_NOT_FOUND = "Structure introuvable.";

/** Annex rows granting `capability` on a facility; `providerId` narrows to one provider's conventions (API keys). */
function grantingRows(
  capability: PartnerCapability | null,
  people: Prisma.ConventionPersonWhereInput,
  providerId?: string,
): Prisma.ConventionFacilityWhereInput {
  return {
    removedAt: null,
    ...(capability ? { [capability]: true } : {}),
    convention: {
      status: { in: [...LIVE_CONVENTION_STATUSES] },
      ...(providerId ? { providerId } : {}),
      people: { some: { removedAt: null, suspendedAt: null, user: { active: true }, ...people } },
    },
  };
}

/** Facilities the person may act on with `capability`. */
export function partnerFacilityWhere(
  userId: string,
  capability: PartnerCapability,
  providerId?: string,
): Prisma.FacilityWhereInput {
  return {
    status: "OPEN",
    ...(capability === "availabilities" ? { isEaje: true } : {}),
    conventionFacilities: { some: grantingRows(capability, { userId }, providerId) },
  };
}

/**
 * The same rule as partnerFacilityWhere, as a condition on `alias` for the hot write paths that run as one
 * SQL statement (lib/availability/publish-availabilities.ts). tests/integration/portal.test.ts checks that
 * both forms grant exactly the same (person, facility) pairs.
 */
export function partnerFacilitySql(
  alias: string,
  userId: string,
  capability: PartnerCapability,
  providerId?: string,
): Prisma.Sql {
  const f = Prisma.raw(`"${alias.replace(/"/g, "")}"`);
  const grants = Prisma.raw(capability === "availabilities" ? `cf.availabilities` : `cf."operatingInfo"`);
  return Prisma.sql`${f}.status = 'OPEN'${capability === "availabilities" ? Prisma.sql` AND ${f}."isEaje"` : Prisma.empty} AND EXISTS (
    SELECT 1 FROM "ConventionFacility" cf
    JOIN "Convention" c ON c.id = cf."conventionId"
    JOIN "ConventionPerson" cp ON cp."conventionId" = c.id
    JOIN "User" u ON u.id = cp."userId"
    WHERE cf."facilityId" = ${f}.id AND cf."removedAt" IS NULL AND ${grants}
      AND c.status::text = ANY(${[...LIVE_CONVENTION_STATUSES]}::text[])${providerId === undefined ? Prisma.empty : Prisma.sql` AND c."providerId" = ${providerId}::text`}
      AND cp."removedAt" IS NULL AND cp."suspendedAt" IS NULL AND cp."userId" = ${userId}::text AND u.active)`;
}

/** The person's annex rows, whatever they grant: what each facility card of the portal offers. */
export function personAnnexRowsWhere(userId: string): Prisma.ConventionFacilityWhereInput {
  return grantingRows(null, { userId });
}

/** Facilities that have at least one habilitated person for `capability` (reminders, notices). */
export function habilitatedFacilityWhere(capability: PartnerCapability): Prisma.FacilityWhereInput {
  return { conventionFacilities: { some: grantingRows(capability, {}) } };
}

export type Recipient = { email: string; firstName: string };

/** The habilitated people of each facility for `capability`, one query for all (deduplicated by e-mail). */
export async function habilitatedRecipients(
  facilityIds: string[],
  capability: PartnerCapability,
  tx: Tx | typeof db = db,
): Promise<Map<string, Recipient[]>> {
  const rows = await tx.conventionFacility.findMany({
    where: { facilityId: { in: facilityIds }, ...grantingRows(capability, {}) },
    select: {
      facilityId: true,
      convention: {
        select: {
          people: {
            where: { removedAt: null, suspendedAt: null, user: { active: true } },
            select: { user: { select: { email: true, firstName: true } } },
          },
        },
      },
    },
  });
  const byFacility = new Map<string, Map<string, Recipient>>();
  for (const row of rows) {
    const recipients = byFacility.get(row.facilityId) ?? new Map<string, Recipient>();
    for (const person of row.convention.people) if (person.user) recipients.set(person.user.email, person.user);
    byFacility.set(row.facilityId, recipients);
  }
  return new Map([...byFacility].map(([id, recipients]) => [id, [...recipients.values()]]));
}

const facilitySelect = { id: true, name: true, cafId: true, isEaje: true, providerId: true } as const;

/** Locks the facility row until the transaction ends: publications and reviews of one facility run one at a time. */
export async function lockFacility(tx: Tx, facilityId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Facility" WHERE id = ${facilityId} FOR UPDATE`;
}

/** The facility, if the person may act on it with `capability` (404 otherwise). */
export async function requirePartnerFacility(
  actor: SessionUser,
  facilityId: string,
  capability: PartnerCapability,
  options: { providerId?: string; tx?: Tx } = {},
) {
  const facility = await (options.tx ?? db).facility.findFirst({
    where: { id: facilityId, ...partnerFacilityWhere(actor.id, capability, options.providerId) },
    select: facilitySelect,
  });
  if (!facility) throw new AccessDeniedError(404, FACILITY_NOT_FOUND);
  return facility;
}

/** The facility, if the Caf agent (own Caf) or the Cnaf admin may moderate it (404 otherwise, 403 for partners). */
export async function requireModeratedFacility(actor: SessionUser, facilityId: string, tx: Tx | typeof db = db) {
  const facility = await tx.facility.findFirst({
    where: { id: facilityId, ...cafScopeOf(actor) },
    select: facilitySelect,
  });
  if (!facility) throw new AccessDeniedError(404, FACILITY_NOT_FOUND);
  return facility;
}
