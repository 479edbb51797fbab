import "server-only";
import { db } from "@/lib/db";
import { isProConnectConfigured } from "@/lib/auth/oidc/proconnect-provider";
import { openSignInChallenge } from "@/lib/auth/second-factor/sign-in-challenge";
import { SECOND_FACTOR_ERRORS, secondFactorStepError } from "@/lib/auth/second-factor/sign-in-steps";
import type { Role } from "@/lib/generated/prisma/enums";

/** Thrown by authorize(): next-auth passes the message to the login form, which moves to the next step. */
export class SignInStepError extends Error {}

type CafRequirements = { requireSecondFactor: boolean } | null;

/** The Cnaf's administrators always need a second factor; a Caf's agents when their Caf requires it. */
export function secondFactorRequired(role: Role, caf: CafRequirements): boolean {
  return role === "CNAF_ADMIN" || (role === "CAF_AGENT" && caf?.requireSecondFactor === true);
}

/**
 * After a correct password, for staff: refuses the password when the Caf requires ProConnect, and asks
 * for the second factor (or its enrolment) when one is enrolled or required. Partners keep the password
 * procedure of their convention.
 */
export async function enforceStaffSignInPolicy(
  user: { id: string; role: Role },
  options: { usedPendingPassword: boolean },
): Promise<void> {
  if (user.role !== "CAF_AGENT" && user.role !== "CNAF_ADMIN") return;
  const staff = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: {
      caf: { select: { requireSecondFactor: true, requireProConnect: true } },
      totpFactor: { select: { userId: true } },
    },
  });
  if (user.role === "CAF_AGENT" && staff.caf?.requireProConnect && isProConnectConfigured()) {
    throw new SignInStepError(SECOND_FACTOR_ERRORS.proConnectRequired);
  }
  const enrolled = staff.totpFactor !== null;
  if (!enrolled && !secondFactorRequired(user.role, staff.caf)) return;
  const kind = enrolled ? "code" : "enrolment";
  const challenge = await openSignInChallenge(
    user.id,
    enrolled ? "AWAITING_FACTOR" : "AWAITING_ENROLMENT",
    options.usedPendingPassword,
  );
  throw new SignInStepError(secondFactorStepError({ kind, challenge }));
}
