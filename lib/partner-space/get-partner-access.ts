import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { myConventionsWhere } from "@/lib/conventions/find-my-convention";

const MAX_COMMUNES_SHOWN = 300;

/**
 * What a partner does, from their conventions in force: publish for facilities, receive families'
 * requests for communes, or both. Drives their home page and header. Once per request (React cache).
 */
export const getPartnerAccess = cache(async (user: SessionUser) => {
  const conventions = await db.convention.findMany({
    where: myConventionsWhere(user),
    select: {
      type: true,
      communes: {
        where: { removedAt: null },
        select: { commune: { select: { name: true } } },
        orderBy: { commune: { name: "asc" } },
        take: MAX_COMMUNES_SHOWN,
      },
    },
  });
  const infoPointConventions = conventions.filter((c) => c.type === "INFO_POINT");
  return {
    structures: conventions.some((c) => c.type === "STRUCTURES"),
    infoPoint: infoPointConventions.length > 0,
    communes: [...new Set(infoPointConventions.flatMap((c) => c.communes.map((row) => row.commune.name)))],
  };
});

export type PartnerAccess = Awaited<ReturnType<typeof getPartnerAccess>>;
