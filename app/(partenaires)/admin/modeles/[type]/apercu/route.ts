import { requireRole } from "@/lib/auth/session";
import { fileResponse } from "@/lib/http/file-response";
import { renderConventionTemplatePreview } from "@/lib/admin/render-convention-template-preview";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ type: string }> }) {
  const { type } = await params;
  const version = new URL(request.url).searchParams.get("version");
  return fileResponse(async () =>
    renderConventionTemplatePreview(await requireRole(["CNAF_ADMIN"]), type.toUpperCase(), version),
  );
}
