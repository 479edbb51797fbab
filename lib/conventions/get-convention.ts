import "server-only";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import { anniversaryOnOrAfter, earliestTerminationDate } from "./lifecycle";

/** A convention with its current annex rows, amendments, history and key dates. */
export async function getConvention(actor: SessionUser, conventionId: string) {
  const convention = await db.convention.findFirst({
    where: { id: conventionId, ...cafScopeOf(actor) },
    include: {
      caf: { select: { name: true, departementCode: true, email: true, phone: true } },
      provider: { select: { legalName: true, siret: true } },
      request: { select: { id: true, reference: true, infoPointName: true } },
      template: { select: { version: true } },
      people: {
        orderBy: [{ removedAt: { sort: "desc", nulls: "first" } }, { lastName: "asc" }],
        include: { user: { select: { active: true, personalNumber: true, lastLoginAt: true } } },
      },
      facilities: {
        where: { removedAt: null },
        include: { facility: { select: { name: true, kind: true, commune: { select: { name: true } } } } },
        orderBy: { facility: { name: "asc" } },
      },
      communes: {
        where: { removedAt: null },
        include: { commune: { select: { name: true, postcodes: true } } },
        orderBy: { commune: { name: "asc" } },
      },
      amendments: {
        orderBy: { number: "asc" },
        include: { createdBy: { select: { firstName: true, lastName: true, personalNumber: true } } },
      },
      events: {
        orderBy: { at: "asc" },
        include: { actor: { select: { firstName: true, lastName: true, personalNumber: true } } },
      },
    },
  });
  if (!convention) throw new AccessDeniedError(404, "Convention introuvable.");
  const today = new Date();
  const dates = convention.signedAt
    ? {
        nextAnniversary: anniversaryOnOrAfter(convention.signedAt, today),
        earliestEnd: earliestTerminationDate(convention.signedAt, today),
      }
    : null;
  return { ...convention, dates };
}

export type ConventionDetail = Awaited<ReturnType<typeof getConvention>>;
