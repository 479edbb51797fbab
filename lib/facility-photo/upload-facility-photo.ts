import "server-only";
import { z } from "zod";
import { singleLineText } from "@/lib/validation/text";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { lockFacility, requirePartnerFacility } from "@/lib/portal/facility-permissions";
import { transitionFacilityPhoto } from "./facility-photo-state-machine";

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

// The type is read from the file's first bytes, never from its name or the browser's claim; SVG (which
// can carry scripts) is not accepted.
const SIGNATURES: { mimeType: string; matches: (bytes: Buffer) => boolean }[] = [
  { mimeType: "image/jpeg", matches: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    mimeType: "image/png",
    matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    mimeType: "image/webp",
    matches: (b) => b.length > 12 && b.toString("ascii", 0, 4) === "RIFF" && b.toString("ascii", 8, 12) === "WEBP",
  },
];

const photoSchema = z.object({
  file: z
    .instanceof(File, { error: "Choisissez une photo." })
    .refine((file) => file.size > 0, "Choisissez une photo.")
    .refine((file) => file.size <= MAX_PHOTO_BYTES, "Photo trop lourde : 2 Mo au maximum."),
  altText: singleLineText("Description de la photo", { error: "Description de la photo : champ obligatoire." })
    .trim()
    .min(5, "Description de la photo : 5 caractères au minimum.")
    .max(200, "Description de la photo : 200 caractères au maximum."),
});

/**
 * Submits the optional photo of a facility for the Caf's validation (SPEC §5: a photo is operating
 * information), for people habilitated for its operating information. The published photo stays online
 * until the Caf approves the new one; a newer upload replaces a photo still waiting.
 */
export async function uploadFacilityPhoto(actor: SessionUser, facilityId: string, input: unknown) {
  const { file, altText } = photoSchema.parse(input);
  const facility = await requirePartnerFacility(actor, facilityId, "operatingInfo");
  const content = Buffer.from(await file.arrayBuffer());
  const mimeType = SIGNATURES.find((signature) => signature.matches(content))?.mimeType;
  if (!mimeType) throw new DomainError("Format non accepté : photo JPEG, PNG ou WebP attendue.", 422);
  const photo = await db.$transaction(async (tx) => {
    await lockFacility(tx, facility.id);
    const waiting = await tx.facilityPhoto.findMany({
      where: { facilityId: facility.id, status: "PENDING" },
      select: { id: true, facilityId: true, status: true },
    });
    for (const previous of waiting)
      await transitionFacilityPhoto(tx, previous, "REPLACED", actor, { cafId: facility.cafId });
    const created = await tx.facilityPhoto.create({
      data: {
        facilityId: facility.id,
        status: "PENDING",
        mimeType,
        size: content.length,
        content,
        altText,
        uploadedAt: new Date(),
        uploadedById: actor.id,
        uploadedByPersonalId: actor.personalNumber,
      },
      select: { id: true },
    });
    await recordAuditEvent(
      actor,
      {
        action: "facility.photo-upload",
        entityType: "Facility",
        entityId: facility.id,
        cafId: facility.cafId,
        data: { photoId: created.id, mimeType, size: content.length, replacedPending: waiting.length },
      },
      tx,
    );
    return created;
  });
  return { photoId: photo.id, mimeType, size: content.length };
}
