import "server-only";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import { myConventionsWhere } from "@/lib/partner-space/find-my-convention";
import type { AnnexSnapshot } from "./annex";
import { renderConventionPdf } from "./render-convention-pdf";

/** The convention (or one of its avenants) as a PDF, rebuilt from the stored template version and annex snapshot. */
export async function getConventionPdf(actor: SessionUser, conventionId: string, amendmentNumber?: number) {
  const convention = await db.convention.findFirst({
    // The Caf's agents (their Caf) and the partner's habilitated people (their own conventions in force).
    where: {
      id: conventionId,
      ...(actor.role === "PROVIDER_USER" || actor.role === "INFO_POINT_USER"
        ? myConventionsWhere(actor)
        : cafScopeOf(actor)),
    },
    include: {
      caf: true,
      provider: true,
      template: true,
      request: { select: { reference: true, infoPointName: true } },
      amendments: amendmentNumber ? { where: { number: amendmentNumber } } : false,
    },
  });
  if (!convention) throw new AccessDeniedError(404, "Convention introuvable.");
  const amendment = amendmentNumber ? convention.amendments[0] : undefined;
  if (amendmentNumber && !amendment) throw new AccessDeniedError(404, "Avenant introuvable.");
  const snapshot = (amendment?.annexSnapshot ?? convention.annexSnapshot) as {
    annex: AnnexSnapshot;
    changes?: string[];
  };

  const pdf = await renderConventionPdf({
    number: convention.number,
    type: convention.type,
    requestReference: convention.request.reference,
    generatedAt: amendment?.createdAt ?? convention.generatedAt,
    template: {
      title: convention.template.title,
      body: convention.template.body,
      version: convention.template.version,
    },
    caf: convention.caf,
    provider: convention.provider,
    infoPointName: convention.request.infoPointName,
    annex: snapshot.annex,
    amendment: amendment
      ? {
          number: amendment.number,
          requestedAt: amendment.requestedAt,
          reason: amendment.reason,
          changes: snapshot.changes ?? [],
        }
      : undefined,
  });
  const fileName = amendment ? `${convention.number}-avenant-${amendment.number}.pdf` : `${convention.number}.pdf`;
  return { fileName, pdf };
}
