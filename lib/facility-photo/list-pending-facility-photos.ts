import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";

const SHOWN = 20;

/** The photos waiting for the Caf, oldest first, each beside the facility's published photo. */
export async function listPendingFacilityPhotos(actor: SessionUser) {
  const where = { status: "PENDING" as const, facility: cafScopeOf(actor) };
  const [count, photos] = await Promise.all([
    db.facilityPhoto.count({ where }),
    db.facilityPhoto.findMany({
      where,
      select: {
        id: true,
        altText: true,
        uploadedAt: true,
        uploadedByPersonalId: true,
        facility: {
          select: {
            id: true,
            name: true,
            commune: { select: { name: true } },
            publishedPhoto: { select: { altText: true, uploadedAt: true } },
          },
        },
      },
      orderBy: [{ uploadedAt: "asc" }, { id: "asc" }],
      take: SHOWN,
    }),
  ]);
  return { count, photos };
}
