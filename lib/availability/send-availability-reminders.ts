import "server-only";
import { createElement } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/email/outbox";
import { habilitatedFacilityWhere, habilitatedRecipients } from "@/lib/portal/facility-permissions";
import { availabilityEditorPath } from "@/lib/portal/portal-urls";
import { AvailabilityReminderEmail } from "@/emails/availability-reminder-email";
import { staleBefore } from "./freshness";
import { formatLongDay } from "@/lib/text/french-dates";

const BATCH_SIZE = 200;

/**
 * Reminds the habilitated people of each open EAJE whose availabilities are older than a week (or were
 * never published) to update them, at most once a week per facility. The reminder date is claimed by
 * compare-and-set in the transaction that queues the e-mails: several instances never double-send.
 */
export async function sendAvailabilityReminders(
  now: Date = new Date(),
): Promise<{ facilities: number; emails: number }> {
  const cutoff = staleBefore(now);
  const staleAndNotReminded = {
    isEaje: true,
    status: "OPEN" as const,
    AND: [
      { OR: [{ availabilitiesUpdatedAt: null }, { availabilitiesUpdatedAt: { lt: cutoff } }] },
      { OR: [{ lastAvailabilityReminderAt: null }, { lastAvailabilityReminderAt: { lt: cutoff } }] },
    ],
  };
  const total = { facilities: 0, emails: 0 };
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.facility.findMany({
      where: { ...staleAndNotReminded, ...habilitatedFacilityWhere("availabilities") },
      select: { id: true, name: true, availabilitiesUpdatedAt: true },
      orderBy: { id: "asc" },
      take: BATCH_SIZE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    const last = batch.at(-1);
    if (!last) return total;
    cursor = last.id;
    const recipients = await habilitatedRecipients(
      batch.map((f) => f.id),
      "availabilities",
    );
    for (const facility of batch) {
      const people = recipients.get(facility.id) ?? [];
      const sent = await db.$transaction(async (tx) => {
        const claimed = await tx.facility.updateMany({
          where: { id: facility.id, ...staleAndNotReminded },
          data: { lastAvailabilityReminderAt: now },
        });
        if (claimed.count === 0) return 0;
        for (const person of people) {
          await enqueueEmail(
            {
              template: "availability-reminder",
              to: person.email,
              subject: `Rappel : mettez à jour les disponibilités de ${facility.name}`,
              body: createElement(AvailabilityReminderEmail, {
                firstName: person.firstName,
                facilityName: facility.name,
                lastUpdate: facility.availabilitiesUpdatedAt ? formatLongDay(facility.availabilitiesUpdatedAt) : null,
                editUrl: `${env.APP_URL}${availabilityEditorPath(facility.id)}`,
              }),
            },
            tx,
          );
        }
        return people.length;
      });
      if (sent > 0) total.facilities += 1;
      total.emails += sent;
    }
  }
}
