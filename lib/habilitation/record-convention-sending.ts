import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { isoDay } from "@/lib/validation/dates";
import { findConventionOfRequest } from "@/lib/conventions/find-convention-of-request";
import { markConventionSent, sendingSchema } from "@/lib/conventions/mark-convention-sent";
import { findRequestInScope } from "./find-request-in-scope";
import { transitionRequest } from "./transition-request";
import { formatShortDay } from "@/lib/text/french-dates";

/** The convention left by post: in review → convention sent. */
export async function recordConventionSending(actor: SessionUser, requestId: string, input: unknown) {
  const { sentOn } = sendingSchema.parse(input);
  await db.$transaction(async (tx) => {
    const request = await findRequestInScope(actor, requestId, tx);
    const convention = await findConventionOfRequest(requestId, tx);
    if (isoDay(sentOn) < isoDay(request.submittedAt))
      throw new DomainError("Date d'envoi postal : elle ne peut pas précéder le dépôt de la demande.", 422);
    await markConventionSent(tx, actor, convention, sentOn);
    await transitionRequest(tx, request, "CONVENTION_SENT", actor, `Envoi postal le ${formatShortDay(sentOn, "UTC")}`);
  });
}
