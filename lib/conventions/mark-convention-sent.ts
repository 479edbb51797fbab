import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { isoDay, pastOrTodayDate } from "@/lib/validation/dates";
import { transitionConvention } from "./transition-convention";

export const sendingSchema = z.object({ sentOn: pastOrTodayDate("Date d'envoi postal") });

/** The convention left by post for signature: produced → sent. */
export async function markConventionSent(
  tx: Tx,
  actor: SessionUser,
  convention: Parameters<typeof transitionConvention>[1] & { cafId: string },
  sentOn: Date,
) {
  await transitionConvention(tx, convention, "SENT", actor, { sentAt: sentOn });
  await recordAuditEvent(
    actor,
    {
      action: "convention.send",
      entityType: "Convention",
      entityId: convention.id,
      cafId: convention.cafId,
      data: { sentOn: isoDay(sentOn) },
    },
    tx,
  );
}
