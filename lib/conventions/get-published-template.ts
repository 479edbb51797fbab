import "server-only";
import { db, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ConventionType } from "@/lib/generated/prisma/enums";

/**
 * The template version a new convention must be generated with: the latest published one. The
 * convention stores its id (Convention.templateId), so later versions never change it.
 */
export async function getPublishedTemplate(type: ConventionType, tx: Tx | typeof db = db) {
  const template = await tx.conventionTemplate.findFirst({
    where: { type, publishedAt: { not: null } },
    orderBy: { version: "desc" },
  });
  if (!template) throw new DomainError("Aucun modèle de convention publié pour ce type : contactez la Cnaf.", 409);
  return template;
}
