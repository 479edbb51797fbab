import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { transitionConvention } from "@/lib/conventions/transition-convention";
import { findRequestInScope } from "./find-request-in-scope";
import { transitionRequest } from "./transition-request";
import { grantAccounts, preparePasswords } from "./grant-accounts";

/** Signed → active: one personal account per listed person, passwords e-mailed through the outbox. */
export async function activateConvention(actor: SessionUser, requestId: string) {
  await findRequestInScope(actor, requestId);
  const listed = await db.conventionPerson.findMany({ where: { convention: { requestId }, removedAt: null } });
  const passwords = await preparePasswords(listed);
  await db.$transaction(async (tx) => {
    const request = await findRequestInScope(actor, requestId, tx);
    const convention = await tx.convention.findUnique({ where: { requestId } });
    if (!convention) throw new DomainError("Produisez d'abord la convention.", 409);
    const people = await tx.conventionPerson.findMany({
      where: { conventionId: convention.id, removedAt: null },
      orderBy: { addedAt: "asc" },
    });
    if (people.some((person) => !passwords.has(person.email)))
      throw new DomainError("La liste des personnes a changé : rechargez la page.", 409);

    let infoPointId: string | null = null;
    if (convention.type === "INFO_POINT") {
      infoPointId = (
        await tx.infoPoint.create({
          data: {
            providerId: convention.providerId,
            cafId: convention.cafId,
            name: request.infoPointName ?? request.legalName,
            email: request.email,
            phone: request.phone,
          },
        })
      ).id;
      await tx.habilitationRequest.update({ where: { id: request.id }, data: { infoPointId } });
    }
    await transitionConvention(tx, convention, "ACTIVE", actor, {
      activatedAt: new Date(),
      ...(infoPointId ? { infoPointId } : {}),
    });
    await transitionRequest(tx, request, "ACTIVE", actor);
    await grantAccounts(tx, convention, people, passwords);
    await recordAuditEvent(
      actor,
      {
        action: "convention.activate",
        entityType: "Convention",
        entityId: convention.id,
        cafId: convention.cafId,
        data: { accounts: people.length },
      },
      tx,
    );
  });
}
