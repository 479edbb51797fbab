import { requireRole, AccessDeniedError } from "@/lib/auth/session";
import { fileResponse } from "@/lib/http/file-response";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return fileResponse(async () => {
    const actor = await requireRole(["CAF_AGENT", "CNAF_ADMIN"]);
    const scan = await db.conventionDocument.findFirst({
      where: { convention: { requestId: id, ...cafScopeOf(actor) } },
    });
    if (!scan) throw new AccessDeniedError(404, "Document introuvable.");
    return { fileName: scan.fileName, content: Buffer.from(scan.content), mimeType: scan.mimeType };
  });
}
