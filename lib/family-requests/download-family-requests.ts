import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { findFamilyRequestInScope, infoPointsOf } from "./info-point-scope";
import { familyRequestsXml } from "./family-request-xml";
import { renderFamilyRequestPdf } from "./render-family-request-pdf";

// Retrieval is what the 15-day rule measures: the first download marks the request as retrieved.
async function markRetrieved(actor: SessionUser, ids: string[]) {
  if (ids.length === 0) return;
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.familyRequest.updateMany({
      where: { id: { in: ids }, firstDownloadedAt: null },
      data: { firstDownloadedAt: now },
    });
    await tx.familyRequest.updateMany({ where: { id: { in: ids }, status: "NEW" }, data: { status: "DOWNLOADED" } });
    for (const id of ids)
      await recordAuditEvent(
        actor,
        { action: "family-request.download", entityType: "FamilyRequest", entityId: id },
        tx,
      );
  });
}

export async function downloadFamilyRequest(actor: SessionUser, id: string, format: "pdf" | "xml") {
  const request = await findFamilyRequestInScope(actor, id);
  // Written first: a request is marked retrieved only once its document exists.
  const content =
    format === "pdf"
      ? await renderFamilyRequestPdf(request.infoPoint.name, request)
      : Buffer.from(familyRequestsXml(request.infoPoint.name, [request]), "utf8");
  await markRetrieved(actor, [request.id]);
  return {
    fileName: `${request.reference}.${format}`,
    content,
    mimeType: format === "pdf" ? "application/pdf" : "application/xml; charset=utf-8",
  };
}

/** The XML feed: every request not yet retrieved, for import into the information point's software. */
export async function downloadNewRequestsFeed(actor: SessionUser) {
  const infoPoints = await infoPointsOf(actor);
  const requests = await db.familyRequest.findMany({
    where: { infoPointId: { in: infoPoints.map((p) => p.id) }, status: "NEW" },
    include: { commune: { select: { name: true, inseeCode: true } } },
    orderBy: { transmittedAt: "asc" },
    take: 500,
  });
  const name = infoPoints.map((p) => p.name).join(", ") || "—";
  const content = Buffer.from(familyRequestsXml(name, requests), "utf8");
  await markRetrieved(
    actor,
    requests.map((r) => r.id),
  );
  return {
    fileName: "nouvelles-demandes.xml",
    content,
    mimeType: "application/xml; charset=utf-8",
  };
}
