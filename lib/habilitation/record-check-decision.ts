import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getRequestChecks } from "./get-request-checks";

export const checkDecisionSchema = z.object({
  note: z
    .string({ error: "Votre appréciation : champ obligatoire." })
    .trim()
    .min(3, "Votre appréciation : 3 caractères au minimum.")
    .max(2000, "Votre appréciation : 2000 caractères au maximum."),
});

/**
 * The checks never block the agent; what they showed and what the agent made of them is kept in the
 * audit log, so that a later look at the request knows the decision was taken knowingly.
 */
export async function recordCheckDecision(actor: SessionUser, requestId: string, input: unknown) {
  const { note } = checkDecisionSchema.parse(input);
  const checks = await getRequestChecks(actor, requestId);
  const event = await recordAuditEvent(actor, {
    action: "habilitation.checks-reviewed",
    entityType: "HabilitationRequest",
    entityId: requestId,
    cafId: checks.cafId,
    reason: note,
    data: { warnings: checks.warnings },
  });
  return event.id;
}
