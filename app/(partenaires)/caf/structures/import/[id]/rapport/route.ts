import { requireRole } from "@/lib/auth/session";
import { fileResponse } from "@/lib/http/file-response";
import { getFacilityImportReport } from "@/lib/catalogue/get-facility-import-report";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return fileResponse(async () => getFacilityImportReport(await requireRole(["CAF_AGENT", "CNAF_ADMIN"]), id));
}
