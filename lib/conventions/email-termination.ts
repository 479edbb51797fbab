import "server-only";
import { createElement, type ReactElement } from "react";
import type { Tx } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { TerminationNotifiedEmail } from "@/emails/termination-notified-email";
import { ConventionTerminatedEmail } from "@/emails/convention-terminated-email";

/**
 * Tells the partner's people — each habilitated person still listed (at their account's address when
 * they have one) and the provider's contact address — that their convention will end or has ended.
 * Queued in the caller's transaction, so the e-mails go out only if the termination is recorded.
 */
export async function emailTermination(
  tx: Tx,
  conventionId: string,
  stage: { kind: "notified"; endsOn: Date; requestedBy: "CAF" | "PARTNER" } | { kind: "terminated"; endedOn: Date },
) {
  const convention = await tx.convention.findUniqueOrThrow({
    where: { id: conventionId },
    select: {
      number: true,
      type: true,
      terminationReason: true,
      provider: { select: { legalName: true, email: true } },
      caf: { select: { name: true } },
      people: {
        where: { removedAt: null, suspendedAt: null },
        select: { email: true, user: { select: { email: true } } },
      },
    },
  });
  const recipients = new Set(
    [...convention.people.map((person) => person.user?.email ?? person.email), convention.provider.email].map(
      (address) => address.toLowerCase(),
    ),
  );
  const common = {
    conventionNumber: convention.number,
    partnerName: convention.provider.legalName,
    cafName: convention.caf.name,
    reason: convention.terminationReason,
    infoPoint: convention.type === "INFO_POINT",
  };
  let subject: string;
  let body: ReactElement;
  if (stage.kind === "notified") {
    subject = `Résiliation de la convention ${convention.number}`;
    body = createElement(TerminationNotifiedEmail, { ...common, endsOn: stage.endsOn, requestedBy: stage.requestedBy });
  } else {
    subject = `Fin de la convention ${convention.number} : accès fermés`;
    body = createElement(ConventionTerminatedEmail, { ...common, endedOn: stage.endedOn });
  }
  for (const to of recipients)
    await enqueueEmail({ template: `convention-termination-${stage.kind}`, to, subject, body }, tx);
  return [...recipients];
}
