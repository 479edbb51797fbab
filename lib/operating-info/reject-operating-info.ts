import "server-only";
import { createElement } from "react";
import { z } from "zod";
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
import { ALREADY_REVIEWED } from "./approve-operating-info";

export const reasonSchema = z.object({
  reason: z
    .string({ error: "Motif : champ obligatoire." })
    .trim()
    .min(10, "Motif : 10 caractères au minimum, pour que le partenaire comprenne ce qui est attendu.")
    .max(1000, "Motif : 1 000 caractères au maximum."),
});

/** Refuses a pending version with a reason e-mailed to its submitter; the published version stays online. */
export async function rejectOperatingInfo(actor: SessionUser, versionId: string, input: unknown) {
  const { reason } = reasonSchema.parse(input);
  return db.$transaction(async (tx) => {
    const version = await findVersionInScope(actor, versionId, tx);
    await lockFacility(tx, version.facilityId);
    const claimed = await tx.operatingInfoVersion.updateMany({
      where: { id: version.id, status: "PENDING" },
      data: { status: "REJECTED", reviewedAt: new Date(), reviewedById: actor.id, rejectionReason: reason },
    });
    if (claimed.count === 0) throw new DomainError(ALREADY_REVIEWED, 409);
    await recordAuditEvent(
      actor,
      {
        action: "operating-info.reject",
        entityType: "Facility",
        entityId: version.facilityId,
        cafId: version.facility.cafId,
        reason,
        data: { versionId: version.id },
      },
      tx,
    );
    await enqueueEmail(
      {
        template: "operating-info-rejected",
        to: version.submittedBy.email,
        subject: reviewEmailSubject("operatingInfo", "rejected", version.facility.name),
        body: createElement(OperatingInfoReviewEmail, {
          facilityName: version.facility.name,
          cafName: version.facility.caf.name,
          outcome: "rejected",
          reason,
          editUrl: `${env.APP_URL}${operatingInfoEditorPath(version.facilityId)}`,
        }),
      },
      tx,
    );
    return { facilityId: version.facilityId };
  });
}
