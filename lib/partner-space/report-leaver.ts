import "server-only";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { suspendHabilitatedPerson, suspensionSchema } from "@/lib/conventions/suspend-habilitated-person";
import { findMyConvention } from "@/lib/conventions/find-my-convention";

/**
 * The convention asks partners to tell the Caf of every departure (SPEC §4.5): from their space, a
 * habilitated person reports a colleague of the convention on screen. The form is bound to that
 * convention, so a person of any other convention is refused even when the reporter is listed there too.
 */
export async function reportLeaver(actor: SessionUser, conventionId: string, input: unknown) {
  const { conventionPersonId, reason } = suspensionSchema.parse(input);
  await findMyConvention(actor, conventionId);
  const listed = await db.conventionPerson.count({ where: { id: conventionPersonId, conventionId } });
  if (listed === 0) throw new AccessDeniedError(404, "Personne introuvable dans cette convention.");
  return suspendHabilitatedPerson(actor, { conventionPersonId, reason });
}
