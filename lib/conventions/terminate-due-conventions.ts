import "server-only";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { terminateNow } from "./notify-termination";

/**
 * Scheduled job: conventions whose notified end date has come are terminated and their accounts
 * deactivated. Safe to run on every instance at once (each transition is a compare-and-set).
 */
export async function terminateDueConventions(now = new Date()) {
  const due = await db.convention.findMany({
    where: { status: "TERMINATION_NOTIFIED", terminationEffectiveAt: { lte: now } },
    select: { id: true, status: true, cafId: true },
    take: 100,
  });
  let terminated = 0;
  for (const convention of due) {
    try {
      await db.$transaction(async (tx) => {
        const revoked = await terminateNow(tx, convention, null, "Date de fin atteinte", now);
        await recordAuditEvent(
          null,
          {
            action: "convention.terminate",
            entityType: "Convention",
            entityId: convention.id,
            cafId: convention.cafId,
            data: { revoked },
          },
          tx,
        );
      });
      terminated += 1;
    } catch {
      // Another instance got there first: nothing to do.
    }
  }
  return terminated;
}
