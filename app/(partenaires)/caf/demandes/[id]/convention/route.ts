import { requireRole, AccessDeniedError } from "@/lib/auth/session";
import { fileResponse } from "@/lib/http/file-response";
import { getConventionPdf } from "@/lib/conventions/get-convention-pdf";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const amendment = new URL(request.url).searchParams.get("avenant");
  return fileResponse(async () => {
    const actor = await requireRole(["CAF_AGENT", "CNAF_ADMIN"]);
    const convention = await db.convention.findUnique({ where: { requestId: id }, select: { id: true } });
    if (!convention) throw new AccessDeniedError(404, "Convention introuvable.");
    const { fileName, pdf } = await getConventionPdf(
      actor,
      convention.id,
      amendment && /^\d{1,4}$/.test(amendment) ? Number(amendment) : undefined,
    );
    return { fileName, content: pdf, mimeType: "application/pdf" };
  });
}
