import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requireCnaf } from "./require-cnaf";

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

export const signInRequirementsSchema = z.object({ requireSecondFactor: checkbox, requireProConnect: checkbox });

/**
 * At a Caf's request, the Cnaf sets how its agents must sign in: with a second factor (TOTP after the
 * password, or a ProConnect sign-in whose acr proves one), and/or through ProConnect only. Audited.
 */
export async function updateCafSignInRequirements(actor: SessionUser, cafId: string, input: unknown) {
  requireCnaf(actor);
  const requirements = signInRequirementsSchema.parse(input);
  await db.$transaction(async (tx) => {
    const current = await tx.caf.findUnique({
      where: { id: cafId },
      select: { requireSecondFactor: true, requireProConnect: true },
    });
    if (!current) throw new AccessDeniedError(404, "Caf introuvable.");
    await tx.caf.update({ where: { id: cafId }, data: requirements });
    await recordAuditEvent(
      actor,
      {
        action: "caf.sign-in-requirements",
        entityType: "Caf",
        entityId: cafId,
        cafId,
        data: { from: current, to: requirements },
      },
      tx,
    );
  });
}
