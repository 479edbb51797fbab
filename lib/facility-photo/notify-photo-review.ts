import "server-only";
import { createElement } from "react";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/email/outbox";
import { operatingInfoEditorPath } from "@/lib/portal/portal-urls";
import { OperatingInfoReviewEmail, reviewEmailSubject } from "@/emails/operating-info-review-email";
import type { findPhotoInScope } from "./find-photo-in-scope";

/** Tells the uploader the Caf's decision, in the review's transaction (outbox). */
export async function notifyPhotoReview(
  tx: Tx,
  photo: Awaited<ReturnType<typeof findPhotoInScope>>,
  review: { outcome: "approved" | "rejected"; reason?: string },
) {
  // Photos published before the Caf validated them have no recorded uploader account; they are never reviewed.
  if (!photo.uploadedBy) return;
  await enqueueEmail(
    {
      template: `facility-photo-${review.outcome}`,
      to: photo.uploadedBy.email,
      subject: reviewEmailSubject("photo", review.outcome, photo.facility.name),
      body: createElement(OperatingInfoReviewEmail, {
        content: "photo",
        facilityName: photo.facility.name,
        cafName: photo.facility.caf.name,
        outcome: review.outcome,
        reason: review.reason,
        editUrl: `${env.APP_URL}${operatingInfoEditorPath(photo.facilityId)}`,
      }),
    },
    tx,
  );
}
