import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { pastOrTodayDate } from "@/lib/validation/dates";
import type { ConventionStatus } from "@/lib/generated/prisma/enums";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import { earliestTerminationDate, terminationDateProblem } from "./lifecycle";
import { transitionConvention } from "./transition-convention";
import { revokeAccountsWithoutScope } from "./revoke-accounts-without-scope";
import { emailTermination } from "./email-termination";

export const terminationSchema = z.discriminatedUnion("mode", [
  z.object({
    mode: z.literal("notice"),
    // The sender of the registered letter with acknowledgment of receipt.
    requestedBy: z.enum(["CAF", "PARTNER"], { error: "Indiquez qui demande la résiliation." }),
    letterSentOn: pastOrTodayDate("Date d'envoi de la lettre recommandée").optional(),
    // The notice runs from the receipt of the letter.
    noticeOn: pastOrTodayDate("Date de réception de la lettre recommandée"),
    letterReference: z.string().trim().max(100, "Référence de la lettre : 100 caractères au maximum.").optional(),
    // Left empty, the end date is the earliest the notice allows.
    endOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Date de fin : date attendue.")
      .transform((value) => new Date(`${value}T00:00:00Z`))
      .optional()
      .or(z.literal("").transform(() => undefined)),
    reason: z.string().trim().max(1000).default(""),
  }),
  z.object({
    mode: z.literal("immediate"),
    reason: z.string().trim().min(10, "Motif : 10 caractères au minimum.").max(1000),
  }),
]);

/**
 * Ends a convention: its people lose access unless another live convention lists them, and the
 * partner's people are told by e-mail.
 */
export async function terminateNow(
  tx: Tx,
  convention: { id: string; status: ConventionStatus },
  actor: SessionUser | null,
  reason: string,
  now = new Date(),
) {
  await transitionConvention(tx, convention, "TERMINATED", actor, { terminatedAt: now }, reason);
  const people = await tx.conventionPerson.findMany({
    where: { conventionId: convention.id, userId: { not: null } },
    select: { userId: true },
  });
  const revoked = await revokeAccountsWithoutScope(
    tx,
    people.flatMap((p) => (p.userId ? [p.userId] : [])),
    now,
  );
  await emailTermination(tx, convention.id, { kind: "terminated", endedOn: now });
  return revoked;
}

/**
 * Records a termination: at an anniversary with three months' notice, or — for an information point
 * misusing families' requests — at once, by the Caf.
 */
export async function notifyTermination(actor: SessionUser, conventionId: string, input: unknown) {
  const termination = terminationSchema.parse(input);
  await db.$transaction(async (tx) => {
    const convention = await tx.convention.findFirst({ where: { id: conventionId, ...cafScopeOf(actor) } });
    if (!convention) throw new AccessDeniedError(404, "Convention introuvable.");
    if (convention.status !== "ACTIVE" || !convention.signedAt)
      throw new DomainError("Seule une convention en vigueur peut être résiliée.", 409);
    if (termination.mode === "immediate") {
      if (convention.type !== "INFO_POINT")
        throw new DomainError(
          "La résiliation immédiate ne concerne que les lieux d'information, en cas de mauvaise utilisation.",
          422,
        );
      await tx.convention.update({
        where: { id: convention.id },
        data: {
          terminationRequestedBy: "CAF",
          terminationNotifiedAt: new Date(),
          terminationEffectiveAt: new Date(),
          terminationReason: termination.reason,
        },
      });
      const revoked = await terminateNow(tx, convention, actor, termination.reason);
      await recordAuditEvent(
        actor,
        {
          action: "convention.terminate",
          entityType: "Convention",
          entityId: convention.id,
          cafId: convention.cafId,
          reason: termination.reason,
          data: { immediate: true, revoked },
        },
        tx,
      );
      return;
    }
    if (termination.letterSentOn && termination.letterSentOn > termination.noticeOn)
      throw new DomainError("La lettre recommandée ne peut pas être reçue avant d'avoir été envoyée.", 422);
    const endOn = termination.endOn ?? earliestTerminationDate(convention.signedAt, termination.noticeOn);
    const problem = terminationDateProblem(convention.signedAt, termination.noticeOn, endOn);
    if (problem) throw new DomainError(problem, 422);
    await transitionConvention(
      tx,
      convention,
      "TERMINATION_NOTIFIED",
      actor,
      {
        terminationRequestedBy: termination.requestedBy,
        terminationNotifiedAt: termination.noticeOn,
        terminationEffectiveAt: endOn,
        terminationReason: termination.reason || null,
        registeredLetterSentAt: termination.letterSentOn ?? null,
        registeredLetterReceivedAt: termination.noticeOn,
        registeredLetterReference: termination.letterReference || null,
      },
      termination.reason || undefined,
    );
    await emailTermination(tx, convention.id, {
      kind: "notified",
      endsOn: endOn,
      requestedBy: termination.requestedBy,
    });
    await recordAuditEvent(
      actor,
      {
        action: "convention.notify-termination",
        entityType: "Convention",
        entityId: convention.id,
        cafId: convention.cafId,
        reason: termination.reason,
        data: {
          endOn: endOn.toISOString(),
          requestedBy: termination.requestedBy,
          letterReference: termination.letterReference ?? null,
        },
      },
      tx,
    );
  });
}
