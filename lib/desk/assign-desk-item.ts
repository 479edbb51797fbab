import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import { DomainError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

export const assignmentSchema = z.object({
  kind: z.enum(["request", "changeAsk"], { error: "Élément du bureau inconnu." }),
  id: z.string().min(1).max(40),
  // "moi" = self-assign; "personne" = release; otherwise an agent's id.
  assignee: z
    .string({ error: "Choisissez un agent de la Caf." })
    .refine(
      (value) => value === "moi" || value === "personne" || /^[a-z0-9]{20,40}$/.test(value),
      "Choisissez un agent de la Caf.",
    ),
});

/** Self-assign, reassign or release a request or a partner's ask; only to an active agent of its Caf. */
export async function assignDeskItem(actor: SessionUser, input: unknown) {
  const { kind, id, assignee } = assignmentSchema.parse(input);
  const scope = cafScopeOf(actor);
  const item =
    kind === "request"
      ? await db.habilitationRequest.findFirst({ where: { id, ...scope }, select: { id: true, cafId: true } })
      : await db.changeAsk.findFirst({ where: { id, ...scope }, select: { id: true, cafId: true } });
  if (!item) throw new AccessDeniedError(404, "Élément introuvable.");
  const assigneeId = assignee === "moi" ? actor.id : assignee === "personne" ? null : assignee;
  if (assigneeId) {
    const agent = await db.user.findFirst({
      where: { id: assigneeId, role: "CAF_AGENT", active: true, cafId: item.cafId },
      select: { id: true },
    });
    if (!agent) throw new DomainError("Seul un agent actif de la Caf concernée peut en être chargé.", 422);
  }
  await db.$transaction(async (tx) => {
    if (kind === "request") await tx.habilitationRequest.update({ where: { id }, data: { assigneeId } });
    else await tx.changeAsk.update({ where: { id }, data: { assigneeId } });
    await recordAuditEvent(
      actor,
      {
        action: "desk.assign",
        entityType: kind === "request" ? "HabilitationRequest" : "ChangeAsk",
        entityId: id,
        cafId: item.cafId,
        data: { assigneeId },
      },
      tx,
    );
  });
}
