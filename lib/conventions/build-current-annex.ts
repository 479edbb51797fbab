import "server-only";
import type { Tx } from "@/lib/db";
import { FACILITY_KIND_LABELS } from "@/lib/catalogue/facility-kinds";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnnexCommune, AnnexFacility, AnnexSnapshot } from "./annex";

/** Annex 1 as it stands now: the rows of the convention not removed by an amendment. */
export async function buildCurrentAnnex(tx: Tx, conventionId: string): Promise<AnnexSnapshot> {
  const [people, facilities, communes] = await Promise.all([
    tx.conventionPerson.findMany({
      where: { conventionId, removedAt: null },
    }),
    tx.conventionFacility.findMany({
      where: { conventionId, removedAt: null },
      include: { facility: { include: { commune: { select: { name: true } } } } },
    }),
    tx.conventionCommune.findMany({ where: { conventionId, removedAt: null }, include: { commune: true } }),
  ]);
  return sortedAnnex({
    people: people.map(({ firstName, lastName, email, jobTitle }) => ({ firstName, lastName, email, jobTitle })),
    facilities: facilities.map(({ facility, ...publication }) => annexFacility(facility, publication)),
    communes: communes.map(({ commune }) => annexCommune(commune)),
  });
}

type FacilityRow = Prisma.FacilityGetPayload<{ include: { commune: { select: { name: true } } } }>;

export function annexFacility(
  facility: FacilityRow,
  { operatingInfo, availabilities }: { operatingInfo: boolean; availabilities: boolean },
): AnnexFacility {
  return {
    id: facility.id,
    name: facility.name,
    kindLabel: FACILITY_KIND_LABELS[facility.kind],
    street: facility.street,
    postcode: facility.postcode,
    city: facility.commune.name,
    operatingInfo,
    availabilities,
  };
}

export function annexCommune(commune: { inseeCode: string; name: string; postcodes: string[] }): AnnexCommune {
  return { inseeCode: commune.inseeCode, name: commune.name, postcodes: commune.postcodes };
}

/** Annex 1 in print order: people by name, facilities and communes alphabetically. */
export function sortedAnnex(annex: AnnexSnapshot): AnnexSnapshot {
  return {
    people: [...annex.people].sort(
      (a, b) => a.lastName.localeCompare(b.lastName, "fr") || a.firstName.localeCompare(b.firstName, "fr"),
    ),
    facilities: [...annex.facilities].sort((a, b) => a.name.localeCompare(b.name, "fr")),
    communes: [...annex.communes].sort((a, b) => a.name.localeCompare(b.name, "fr")),
  };
}
