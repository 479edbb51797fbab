import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { findConventionOfRequest } from "@/lib/conventions/find-convention-of-request";
import { activateSignedConvention, prepareActivationPasswords } from "@/lib/conventions/activate-signed-convention";
import { parseActivationEvidence } from "@/lib/conventions/activation-evidence";
import { findRequestInScope } from "./find-request-in-scope";
import { transitionRequest } from "./transition-request";

/**
 * Signed → active, on evidence of the signed copy (scan or statement): the convention takes effect and
 * the listed people get their accounts.
 */
export async function activateConvention(actor: SessionUser, requestId: string, input: unknown) {
  await findRequestInScope(actor, requestId);
  const evidence = await parseActivationEvidence(input);
  const passwords = await prepareActivationPasswords((await findConventionOfRequest(requestId)).id);
  await db.$transaction(async (tx) => {
    const request = await findRequestInScope(actor, requestId, tx);
    const convention = await findConventionOfRequest(requestId, tx);
    const { infoPointId } = await activateSignedConvention(tx, actor, convention, passwords, evidence, {
      name: request.infoPointName ?? request.legalName,
      email: request.email,
      phone: request.phone,
    });
    if (infoPointId) await tx.habilitationRequest.update({ where: { id: request.id }, data: { infoPointId } });
    await transitionRequest(tx, request, "ACTIVE", actor);
  });
}
