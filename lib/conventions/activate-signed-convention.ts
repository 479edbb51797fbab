import "server-only";
import { db, type Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { transitionConvention } from "./transition-convention";
import { grantAccounts, preparePasswords, type PreparedPassword } from "./grant-accounts";
import type { ActivationEvidence } from "./activation-evidence";

type SignedConvention = Parameters<typeof transitionConvention>[1] & {
  number: string;
  type: "STRUCTURES" | "INFO_POINT";
  cafId: string;
  providerId: string;
};

/** Passwords for everyone listed in the annex, hashed before the activation's transaction opens. */
export async function prepareActivationPasswords(conventionId: string) {
  return preparePasswords(await db.conventionPerson.findMany({ where: { conventionId, removedAt: null } }));
}

/**
 * Signed → in force, on evidence of the signed copy (its scan, or the agent's logged statement that
 * the paper copy is on file): the information point's entity (for that type), then one personal
 * account per listed person, passwords e-mailed through the outbox. Returns the information point
 * created, if any.
 */
export async function activateSignedConvention(
  tx: Tx,
  actor: SessionUser,
  convention: SignedConvention,
  passwords: Map<string, PreparedPassword>,
  evidence: ActivationEvidence,
  infoPoint: { name: string; email: string; phone: string },
): Promise<{ infoPointId: string | null }> {
  const people = await tx.conventionPerson.findMany({
    where: { conventionId: convention.id, removedAt: null },
    orderBy: { addedAt: "asc" },
  });
  if (people.some((person) => !passwords.has(person.email)))
    throw new DomainError("La liste des personnes a changé : rechargez la page.", 409);

  const infoPointId =
    convention.type === "INFO_POINT"
      ? (
          await tx.infoPoint.create({
            data: { providerId: convention.providerId, cafId: convention.cafId, ...infoPoint },
          })
        ).id
      : null;
  const now = new Date();
  await transitionConvention(tx, convention, "ACTIVE", actor, {
    activatedAt: now,
    ...(infoPointId ? { infoPointId } : {}),
    ...(evidence.kind === "paper-copy-statement"
      ? { paperCopyStatementAt: now, paperCopyStatementById: actor.id }
      : {}),
  });
  if (evidence.kind === "scan") {
    await tx.conventionDocument.create({
      data: {
        conventionId: convention.id,
        fileName: evidence.fileName,
        mimeType: "application/pdf",
        size: evidence.content.length,
        content: evidence.content,
        uploadedById: actor.id,
      },
    });
  }
  await grantAccounts(tx, convention, people, passwords);
  await recordAuditEvent(
    actor,
    {
      action: "convention.activate",
      entityType: "Convention",
      entityId: convention.id,
      cafId: convention.cafId,
      data: { accounts: people.length, evidence: evidence.kind },
    },
    tx,
  );
  return { infoPointId };
}
