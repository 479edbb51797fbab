import { requireRole } from "@/lib/auth/session";
import { fileResponse } from "@/lib/http/file-response";
import { downloadFamilyRequest } from "@/lib/family-requests/download-family-requests";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const format = new URL(request.url).searchParams.get("format") === "xml" ? "xml" : "pdf";
  return fileResponse(async () =>
    downloadFamilyRequest(await requireRole(["INFO_POINT_USER", "PROVIDER_USER"]), id, format),
  );
}
