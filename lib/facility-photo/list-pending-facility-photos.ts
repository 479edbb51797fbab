import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";

export const PHOTOS_PAGE_SIZE = 20;

/** The photos waiting for the Caf, oldest first, each beside the facility's published photo, a page at a time. */
export async function listPendingFacilityPhotos(actor: SessionUser, page = 1) {
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
      skip: (Math.max(page, 1) - 1) * PHOTOS_PAGE_SIZE,
      take: PHOTOS_PAGE_SIZE,
    }),
  ]);
  return { count, pageCount: Math.max(1, Math.ceil(count / PHOTOS_PAGE_SIZE)), photos };
}
