import "server-only";
import { db, type Tx } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";

/** A photo of a facility of the agent's Caf (404 otherwise, so nothing leaks); the Cnaf reaches all. */
export async function findPhotoInScope(actor: SessionUser, photoId: string, tx: Tx | typeof db = db) {
  const photo = await tx.facilityPhoto.findFirst({
    where: { id: photoId, facility: cafScopeOf(actor) },
    select: {
      id: true,
      facilityId: true,
      status: true,
      facility: { select: { name: true, cafId: true, publishedPhotoId: true, caf: { select: { name: true } } } },
      uploadedBy: { select: { email: true } },
    },
  });
  if (!photo) throw new AccessDeniedError(404, "Photo introuvable.");
  return photo;
}
