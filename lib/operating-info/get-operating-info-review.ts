import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { findVersionInScope } from "./find-version-in-scope";
import { diffOperatingInfo, type OperatingInfo } from "./operating-info-schema";

/** A submitted version with its field-by-field diff against the published one. */
export async function getOperatingInfoReview(actor: SessionUser, versionId: string) {
  const version = await findVersionInScope(actor, versionId);
  const published = version.facility.publishedOperatingInfoId
    ? await db.operatingInfoVersion.findUnique({
        where: { id: version.facility.publishedOperatingInfoId },
        select: { content: true, publishedAt: true },
      })
    : null;
  return {
    version: {
      id: version.id,
      status: version.status,
      submittedAt: version.submittedAt,
      submittedByPersonalNumber: version.submittedByPersonalNumber,
      submitter: `${version.submittedBy.firstName} ${version.submittedBy.lastName}`,
      rejectionReason: version.rejectionReason,
      reviewedAt: version.reviewedAt,
    },
    facility: { id: version.facility.id, name: version.facility.name, cafName: version.facility.caf.name },
    publishedAt: published?.publishedAt ?? null,
    diff: diffOperatingInfo(
      (published?.content as OperatingInfo | undefined) ?? null,
      version.content as OperatingInfo,
    ),
  };
}
