import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { partnerFacilityWhere, personAnnexRowsWhere } from "./facility-permissions";

export type MyFacility = {
  id: string;
  name: string;
  kind: string;
  city: string;
  operatingInfo: boolean;
  availabilities: boolean;
  availabilitiesUpdatedAt: Date | null;
  operatingInfoPublished: boolean;
  operatingInfoPending: boolean;
};

const PAGE_SIZE = 30;

/** Facilities the person may publish for (live conventions naming them), with what they may do for each. */
export async function listMyFacilities(
  actor: SessionUser,
  page = 1,
): Promise<{ facilities: MyFacility[]; pageCount: number }> {
  const where = {
    OR: [partnerFacilityWhere(actor.id, "availabilities"), partnerFacilityWhere(actor.id, "operatingInfo")],
  };
  const [count, rows] = await Promise.all([
    db.facility.count({ where }),
    db.facility.findMany({
      where,
      select: {
        id: true,
        name: true,
        kind: true,
        isEaje: true,
        availabilitiesUpdatedAt: true,
        publishedOperatingInfoId: true,
        commune: { select: { name: true } },
        // Several conventions may name the same facility: what they grant adds up.
        conventionFacilities: {
          where: personAnnexRowsWhere(actor.id),
          select: { operatingInfo: true, availabilities: true },
        },
        operatingInfoVersions: { where: { status: "PENDING" }, select: { id: true }, take: 1 },
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (Math.max(page, 1) - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  const facilities = rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    city: row.commune.name,
    operatingInfo: row.conventionFacilities.some((grant) => grant.operatingInfo),
    availabilities: row.isEaje && row.conventionFacilities.some((grant) => grant.availabilities),
    availabilitiesUpdatedAt: row.availabilitiesUpdatedAt,
    operatingInfoPublished: row.publishedOperatingInfoId !== null,
    operatingInfoPending: row.operatingInfoVersions.length > 0,
  }));
  return { facilities, pageCount: Math.max(1, Math.ceil(count / PAGE_SIZE)) };
}
