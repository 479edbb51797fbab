import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { requireCnaf } from "./require-cnaf";
import { conventionTypeSchema } from "./convention-template-schema";

/** Publishes the draft: conventions generated from now on use it; older ones keep their version. */
export async function publishConventionTemplate(actor: SessionUser, rawType: unknown) {
  requireCnaf(actor);
  const type = conventionTypeSchema.parse(rawType);
  return db.$transaction(async (tx) => {
    const draft = await tx.conventionTemplate.findFirst({
      where: { type, publishedAt: null },
      orderBy: { version: "desc" },
    });
    if (!draft) throw new DomainError("Aucun brouillon à publier : enregistrez d'abord une nouvelle version.", 409);
    // Only if still a draft: a concurrent publication of the same version changes nothing twice.
    const published = await tx.conventionTemplate.updateMany({
      where: { id: draft.id, publishedAt: null },
      data: { publishedAt: new Date() },
    });
    if (published.count === 0) throw new DomainError("Cette version vient d'être publiée.", 409);
    await recordAuditEvent(
      actor,
      {
        action: "convention-template.publish",
        entityType: "ConventionTemplate",
        entityId: draft.id,
        data: { type, version: draft.version },
      },
      tx,
    );
    return { id: draft.id, version: draft.version };
  });
}
