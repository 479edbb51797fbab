import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import { DomainError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

export const closeChangeAskSchema = z.object({
  note: z
    .string({ error: "Suite donnée : champ obligatoire." })
    .trim()
    .min(3, "Suite donnée : champ obligatoire (par exemple « avenant n° 2 produit »).")
    .max(2000, "Suite donnée : 2000 caractères au maximum."),
});

/** The agent marks a partner's ask as handled (the avenant produced, or why not), with the outcome. */
export async function closeChangeAsk(actor: SessionUser, askId: string, input: unknown) {
  const { note } = closeChangeAskSchema.parse(input);
  await db.$transaction(async (tx) => {
    const ask = await tx.changeAsk.findFirst({ where: { id: askId, ...cafScopeOf(actor) } });
    if (!ask) throw new AccessDeniedError(404, "Demande de modification introuvable.");
    const updated = await tx.changeAsk.updateMany({
      where: { id: askId, status: "OPEN" },
      data: { status: "DONE", statusChangedAt: new Date(), closedById: actor.id, closingNote: note },
    });
    if (updated.count !== 1) throw new DomainError("Cette demande de modification est déjà traitée.", 409);
    await recordAuditEvent(
      actor,
      { action: "desk.change-ask.close", entityType: "ChangeAsk", entityId: askId, cafId: ask.cafId, reason: note },
      tx,
    );
  });
}
