import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { requireCnaf } from "./require-cnaf";
import { conventionTypeSchema, templateDraftSchema } from "./convention-template-schema";

/**
 * Saves the next version of a convention template as a draft (one draft per type, numbered after the
 * latest version). Published versions are never edited: conventions point to them.
 */
export async function saveConventionTemplateDraft(actor: SessionUser, rawType: unknown, input: unknown) {
  requireCnaf(actor);
  const type = conventionTypeSchema.parse(rawType);
  const fields = templateDraftSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      const latest = await tx.conventionTemplate.findFirst({ where: { type }, orderBy: { version: "desc" } });
      const draft =
        latest && !latest.publishedAt
          ? await tx.conventionTemplate.update({ where: { id: latest.id }, data: fields })
          : await tx.conventionTemplate.create({
              data: { type, version: (latest?.version ?? 0) + 1, ...fields, createdById: actor.id },
            });
      await recordAuditEvent(
        actor,
        {
          action: "convention-template.save-draft",
          entityType: "ConventionTemplate",
          entityId: draft.id,
          data: { type, version: draft.version },
        },
        tx,
      );
      return draft;
    });
  } catch (error) {
    // Two administrators creating the same version at once: the unique (type, version) refuses one.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError("Une autre version vient d'être enregistrée : rechargez la page puis recommencez.", 409);
    }
    throw error;
  }
}
