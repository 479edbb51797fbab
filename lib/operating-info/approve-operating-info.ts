import "server-only";
import { createElement } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { SessionUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueEmail } from "@/lib/email/outbox";
import { lockFacility } from "@/lib/portal/facility-permissions";
import { operatingInfoEditorPath } from "@/lib/portal/portal-urls";
import { OperatingInfoReviewEmail, reviewEmailSubject } from "@/emails/operating-info-review-email";
import { findVersionInScope } from "./find-version-in-scope";

export const ALREADY_REVIEWED =
  "Cette version a déjà été traitée, ou une nouvelle version l'a remplacée : rechargez la page.";

/** Publishes a pending version at once, in place of the published one (kept as history). */
export async function approveOperatingInfo(actor: SessionUser, versionId: string) {
  return db.$transaction(async (tx) => {
    const version = await findVersionInScope(actor, versionId, tx);
    await lockFacility(tx, version.facilityId);
    const now = new Date();
    // Compare-and-set: a concurrent review or a newer submission makes this one a no-op.
    const claimed = await tx.operatingInfoVersion.updateMany({
      where: { id: version.id, status: "PENDING" },
      data: { status: "PUBLISHED", reviewedAt: now, reviewedById: actor.id, publishedAt: now },
    });
    if (claimed.count === 0) throw new DomainError(ALREADY_REVIEWED, 409);
    const { publishedOperatingInfoId } = await tx.facility.findUniqueOrThrow({
      where: { id: version.facilityId },
      select: { publishedOperatingInfoId: true },
    });
    if (publishedOperatingInfoId)
      await tx.operatingInfoVersion.update({ where: { id: publishedOperatingInfoId }, data: { status: "REPLACED" } });
    await tx.facility.update({ where: { id: version.facilityId }, data: { publishedOperatingInfoId: version.id } });
    await recordAuditEvent(
      actor,
      {
        action: "operating-info.approve",
        entityType: "Facility",
        entityId: version.facilityId,
        cafId: version.facility.cafId,
        data: { versionId: version.id },
      },
      tx,
    );
    await enqueueEmail(
      {
        template: "operating-info-approved",
        to: version.submittedBy.email,
        subject: reviewEmailSubject("operatingInfo", "approved", version.facility.name),
        body: createElement(OperatingInfoReviewEmail, {
          facilityName: version.facility.name,
          cafName: version.facility.caf.name,
          outcome: "approved",
          editUrl: `${env.APP_URL}${operatingInfoEditorPath(version.facilityId)}`,
        }),
      },
      tx,
    );
    return { facilityId: version.facilityId };
  });
}
