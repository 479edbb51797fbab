import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { findPhotoInScope } from "./find-photo-in-scope";
import { photoFileSelect } from "./photo-response";

/** Any photo of a facility of the agent's Caf (404 otherwise), whatever its status, for the review. */
export async function getPhotoForReview(actor: SessionUser, photoId: string) {
  const photo = await findPhotoInScope(actor, photoId);
  return db.facilityPhoto.findUniqueOrThrow({ where: { id: photo.id }, select: photoFileSelect });
}
