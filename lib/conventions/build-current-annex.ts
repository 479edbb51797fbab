import "server-only";
import type { Tx } from "@/lib/db";
import { FACILITY_KIND_LABELS } from "@/lib/catalogue/facility-kinds";
import type { AnnexSnapshot } from "./annex";

/** Annex 1 as it stands now: the rows of the convention not removed by an amendment. */
export async function buildCurrentAnnex(tx: Tx, conventionId: string): Promise<AnnexSnapshot> {
  const [people, facilities, communes] = await Promise.all([
    tx.conventionPerson.findMany({
      where: { conventionId, removedAt: null },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    }),
    tx.conventionFacility.findMany({
      where: { conventionId, removedAt: null },
      include: { facility: { include: { commune: { select: { name: true } } } } },
    }),
    tx.conventionCommune.findMany({ where: { conventionId, removedAt: null }, include: { commune: true } }),
  ]);
  return {
    people: people.map(({ firstName, lastName, email, jobTitle }) => ({ firstName, lastName, email, jobTitle })),
    facilities: facilities
      .map(({ facility, operatingInfo, availabilities }) => ({
        id: facility.id,
        name: facility.name,
        kindLabel: FACILITY_KIND_LABELS[facility.kind],
        street: facility.street,
        postcode: facility.postcode,
        city: facility.commune.name,
        operatingInfo,
        availabilities,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, "fr")),
    communes: communes
      .map(({ commune }) => ({ inseeCode: commune.inseeCode, name: commune.name, postcodes: commune.postcodes }))
      .sort((a, b) => a.name.localeCompare(b.name, "fr")),
  };
}
