import { requireRole } from "@/lib/auth/session";
import { fileResponse } from "@/lib/http/file-response";
import { DESK_EXPORT_FORMATS, exportDeskRequests, type DeskExportFormat } from "@/lib/desk/export-desk-requests";

export const dynamic = "force-dynamic";

// The desk's filtered list, same filters as the page; ?format=csv (default) or xlsx.
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const format: DeskExportFormat = DESK_EXPORT_FORMATS.includes(params.format as DeskExportFormat)
    ? (params.format as DeskExportFormat)
    : "csv";
  return fileResponse(async () => exportDeskRequests(await requireRole(["CAF_AGENT", "CNAF_ADMIN"]), params, format));
}
