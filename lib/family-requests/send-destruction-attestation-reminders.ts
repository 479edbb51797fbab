import "server-only";
import { createElement } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/email/outbox";
import { DestructionAttestationReminderEmail } from "@/emails/destruction-attestation-reminder-email";
import { requestsAwaitingAttestation } from "./destruction-attestation-schedule";
import { attestingPeopleOf } from "./info-point-scope";
import { formatLongDay } from "@/lib/text/french-dates";

export const DESTRUCTION_ATTESTATION_PATH = "/espace-pro/demandes-familles/attestation-destruction";

/**
 * Reminds an information point's habilitated people of a destruction attestation: once when its due month
 * starts, once more when it is late. Each reminder is claimed through the unique (information point,
 * deadline, kind) row in the transaction that queues its e-mails, so instances never send one twice.
 */
export async function sendDestructionAttestationReminders(now = new Date()) {
  const groups = new Map<
    string,
    { infoPointId: string; infoPointName: string; dueBy: Date; late: boolean; count: number }
  >();
  for (const request of await requestsAwaitingAttestation({}, now)) {
    if (request.dueFrom > now) continue;
    const key = `${request.infoPointId}|${request.dueBy.toISOString()}`;
    const group = groups.get(key) ?? {
      infoPointId: request.infoPointId,
      infoPointName: request.infoPoint.name,
      dueBy: request.dueBy,
      late: request.late,
      count: 0,
    };
    group.count += 1;
    groups.set(key, group);
  }
  const total = { reminders: 0, emails: 0 };
  for (const group of groups.values()) {
    const people = await attestingPeopleOf(group.infoPointId);
    // The last day of the due month: dueBy is the first instant after it.
    const deadline = formatLongDay(new Date(group.dueBy.getTime() - 86_400_000), "UTC");
    const sent = await db.$transaction(async (tx) => {
      const claimed = await tx.destructionAttestationReminder.createMany({
        data: {
          infoPointId: group.infoPointId,
          dueBy: group.dueBy,
          kind: group.late ? "LATE" : "DUE",
          requestCount: group.count,
          recipients: people.length,
          sentAt: now,
        },
        skipDuplicates: true,
      });
      if (claimed.count === 0) return null;
      for (const person of people)
        await enqueueEmail(
          {
            template: "destruction-attestation-reminder",
            to: person.email,
            subject: group.late
              ? `En retard : attestation de destruction de ${group.infoPointName}`
              : `À signer avant le ${deadline} : attestation de destruction de ${group.infoPointName}`,
            body: createElement(DestructionAttestationReminderEmail, {
              firstName: person.firstName,
              infoPointName: group.infoPointName,
              requestCount: group.count,
              deadline,
              late: group.late,
              signUrl: `${env.APP_URL}${DESTRUCTION_ATTESTATION_PATH}`,
            }),
          },
          tx,
        );
      return people.length;
    });
    if (sent === null) continue;
    total.reminders += 1;
    total.emails += sent;
  }
  return total;
}
