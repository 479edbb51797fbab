import "server-only";
import { createElement } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { SessionUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueEmail } from "@/lib/email/outbox";
import { habilitatedRecipients, lockFacility, requireModeratedFacility } from "@/lib/portal/facility-permissions";
import { reasonSchema } from "@/lib/operating-info/reject-operating-info";
import { transitionFacilityPhoto } from "@/lib/facility-photo/facility-photo-state-machine";
import { ContentWithdrawalEmail } from "@/emails/content-withdrawal-email";

export const WITHDRAWABLE_CONTENT = {
  operatingInfo: "modalités de fonctionnement",
  availabilities: "disponibilités",
  photo: "photo",
} as const;
export type WithdrawableContent = keyof typeof WITHDRAWABLE_CONTENT;

const withdrawalSchema = reasonSchema.extend({
  content: z.enum(Object.keys(WITHDRAWABLE_CONTENT) as [WithdrawableContent, ...WithdrawableContent[]], {
    error: "Choisissez le contenu à retirer.",
  }),
});

/**
 * Withdraws published content of a facility of the agent's Caf (SPEC §5 content rules), with a reason
 * recorded in the audit trail and e-mailed to the facility's habilitated people. The history is kept:
 * the version or publication is marked withdrawn, the public page stops showing it at once.
 */
export async function withdrawPublishedContent(actor: SessionUser, facilityId: string, input: unknown) {
  const { content, reason } = withdrawalSchema.parse(input);
  return db.$transaction(async (tx) => {
    const facility = await requireModeratedFacility(actor, facilityId, tx);
    await lockFacility(tx, facility.id);
    const current = await tx.facility.findUniqueOrThrow({
      where: { id: facility.id },
      select: {
        publishedOperatingInfoId: true,
        currentAvailabilityPublicationId: true,
        publishedPhotoId: true,
        caf: { select: { name: true } },
      },
    });
    const now = new Date();
    const withdrawn = { withdrawnAt: now, withdrawnById: actor.id, withdrawalReason: reason };
    let withdrawnId: string;
    if (content === "operatingInfo") {
      if (!current.publishedOperatingInfoId)
        throw new DomainError("Aucune modalité de fonctionnement n'est publiée pour cette structure.", 409);
      withdrawnId = current.publishedOperatingInfoId;
      await tx.operatingInfoVersion.update({ where: { id: withdrawnId }, data: { status: "WITHDRAWN", ...withdrawn } });
      await tx.facility.update({ where: { id: facility.id }, data: { publishedOperatingInfoId: null } });
    } else if (content === "availabilities") {
      if (!current.currentAvailabilityPublicationId)
        throw new DomainError("Aucune disponibilité n'est publiée pour cette structure.", 409);
      withdrawnId = current.currentAvailabilityPublicationId;
      await tx.availabilityPublication.update({ where: { id: withdrawnId }, data: withdrawn });
      await tx.facility.update({
        where: { id: facility.id },
        data: { currentAvailabilityPublicationId: null, hasAvailablePlaces: false },
      });
    } else {
      if (!current.publishedPhotoId) throw new DomainError("Aucune photo n'est publiée pour cette structure.", 409);
      withdrawnId = current.publishedPhotoId;
      await transitionFacilityPhoto(
        tx,
        { id: withdrawnId, facilityId: facility.id, status: "APPROVED" },
        "WITHDRAWN",
        actor,
        { cafId: facility.cafId, reason },
      );
      await tx.facility.update({ where: { id: facility.id }, data: { publishedPhotoId: null } });
    }
    await recordAuditEvent(
      actor,
      {
        action: `moderation.withdraw-${content}`,
        entityType: "Facility",
        entityId: facility.id,
        cafId: facility.cafId,
        reason,
        data: { content, withdrawnId },
      },
      tx,
    );
    const recipients =
      (
        await habilitatedRecipients(
          [facility.id],
          content === "availabilities" ? "availabilities" : "operatingInfo",
          tx,
        )
      ).get(facility.id) ?? [];
    for (const recipient of recipients) {
      await enqueueEmail(
        {
          template: "content-withdrawal",
          to: recipient.email,
          subject: `Contenu retiré de monenfant.fr : ${facility.name}`,
          body: createElement(ContentWithdrawalEmail, {
            facilityName: facility.name,
            cafName: current.caf.name,
            contentLabel: WITHDRAWABLE_CONTENT[content],
            reason,
            portalUrl: `${env.APP_URL}/espace-pro`,
          }),
        },
        tx,
      );
    }
    return { content, notified: recipients.length };
  });
}
