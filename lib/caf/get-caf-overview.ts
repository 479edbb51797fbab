import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { HabilitationStatus } from "@/lib/generated/prisma/enums";

export type CafOverview = {
  caf: { id: string; name: string; departementCode: string; departementName: string };
  facilityCount: number;
  requestsByStatus: Partial<Record<HabilitationStatus, number>>;
};

/** The agent's own Caf; a Cnaf admin picks one by département code. */
export async function getCafOverview(actor: SessionUser, departementCode?: string): Promise<CafOverview | null> {
  const where = actor.role === "CAF_AGENT" ? { id: actor.cafId ?? "" } : actor.role === "CNAF_ADMIN" ? { departementCode: departementCode ?? "" } : null;
  if (!where) return null;
  const caf = await db.caf.findFirst({ where, include: { departement: true } });
  if (!caf) return null;
  const [facilityCount, grouped] = await Promise.all([
    db.facility.count({ where: { cafId: caf.id, status: "OPEN" } }),
    db.habilitationRequest.groupBy({ by: ["status"], where: { cafId: caf.id }, _count: true }),
  ]);
  return {
    caf: { id: caf.id, name: caf.name, departementCode: caf.departementCode, departementName: caf.departement.name },
    facilityCount,
    requestsByStatus: Object.fromEntries(grouped.map((g) => [g.status, g._count])),
  };
}
