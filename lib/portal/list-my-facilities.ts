import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";

export type MyFacility = {
  id: string;
  name: string;
  kind: string;
  city: string;
  operatingInfo: boolean;
  availabilities: boolean;
  availabilitiesUpdatedAt: Date | null;
};

/** Facilities the person may publish for: those of the active conventions naming them. */
export async function listMyFacilities(actor: SessionUser): Promise<MyFacility[]> {
  const rows = await db.conventionFacility.findMany({
    where: {
      removedAt: null,
      convention: { status: { in: ["ACTIVE", "TERMINATION_NOTIFIED"] }, people: { some: { userId: actor.id, removedAt: null } } },
    },
    select: {
      operatingInfo: true,
      availabilities: true,
      facility: { select: { id: true, name: true, kind: true, availabilitiesUpdatedAt: true, commune: { select: { name: true } } } },
    },
    orderBy: { facility: { name: "asc" } },
  });
  return rows.map((row) => ({
    id: row.facility.id,
    name: row.facility.name,
    kind: row.facility.kind,
    city: row.facility.commune.name,
    operatingInfo: row.operatingInfo,
    availabilities: row.availabilities,
    availabilitiesUpdatedAt: row.facility.availabilitiesUpdatedAt,
  }));
}
