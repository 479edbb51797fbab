import { requireRole } from "@/lib/auth/session";
import { fileResponse } from "@/lib/http/file-response";
import { getInfoPointAttestationPdf } from "@/lib/family-requests/get-info-point-attestation-pdf";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return fileResponse(async () => getInfoPointAttestationPdf(await requireRole(["CAF_AGENT", "CNAF_ADMIN"]), id));
}
