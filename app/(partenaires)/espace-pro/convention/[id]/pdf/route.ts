import { requireRole } from "@/lib/auth/session";
import { fileResponse } from "@/lib/http/file-response";
import { getConventionPdf } from "@/lib/conventions/get-convention-pdf";

export const dynamic = "force-dynamic";

// The partner's own convention (or one of its avenants); the use case refuses any other.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const amendment = new URL(request.url).searchParams.get("avenant");
  return fileResponse(async () => {
    const actor = await requireRole(["PROVIDER_USER", "INFO_POINT_USER"]);
    const { fileName, pdf } = await getConventionPdf(
      actor,
      id,
      amendment && /^\d{1,4}$/.test(amendment) ? Number(amendment) : undefined,
    );
    return { fileName, content: pdf, mimeType: "application/pdf" };
  });
}
