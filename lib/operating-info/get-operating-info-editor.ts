import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { requirePartnerFacility } from "@/lib/portal/facility-permissions";
import type { OperatingInfo } from "./operating-info-schema";

/** What the operating-information editor shows: published version, pending one, latest review outcome, photos. */
export async function getOperatingInfoEditor(actor: SessionUser, facilityId: string) {
  const facility = await requirePartnerFacility(actor, facilityId, "operatingInfo");
  const [row, latest, latestPhoto] = await Promise.all([
    db.facility.findUniqueOrThrow({
      where: { id: facility.id },
      select: {
        capacity: true,
        publishedOperatingInfo: { select: { content: true, publishedAt: true } },
        publishedPhoto: { select: { altText: true, uploadedAt: true, size: true } },
      },
    }),
    // The latest version sent, whatever its status: a refusal stops showing once a newer version is sent.
    db.operatingInfoVersion.findFirst({
      where: { facilityId: facility.id },
      select: {
        status: true,
        content: true,
        submittedAt: true,
        submittedByPersonalNumber: true,
        rejectionReason: true,
        reviewedAt: true,
      },
      orderBy: { submittedAt: "desc" },
    }),
    // The latest photo sent, whatever its status: a refusal stops showing once a newer photo is sent.
    db.facilityPhoto.findFirst({
      where: { facilityId: facility.id },
      select: { status: true, altText: true, uploadedAt: true, rejectionReason: true, reviewedAt: true },
      orderBy: { uploadedAt: "desc" },
    }),
  ]);
  return {
    facility: { id: facility.id, name: facility.name, capacity: row.capacity },
    published: row.publishedOperatingInfo
      ? {
          content: row.publishedOperatingInfo.content as OperatingInfo,
          publishedAt: row.publishedOperatingInfo.publishedAt,
        }
      : null,
    pending:
      latest?.status === "PENDING"
        ? {
            content: latest.content as OperatingInfo,
            submittedAt: latest.submittedAt,
            personalNumber: latest.submittedByPersonalNumber,
          }
        : null,
    rejected:
      latest?.status === "REJECTED"
        ? { reason: latest.rejectionReason, reviewedAt: latest.reviewedAt, content: latest.content as OperatingInfo }
        : null,
    photo: row.publishedPhoto,
    pendingPhoto: latestPhoto?.status === "PENDING" ? latestPhoto : null,
    rejectedPhoto: latestPhoto?.status === "REJECTED" ? latestPhoto : null,
  };
}
