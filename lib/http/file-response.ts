import "server-only";
import { NextResponse } from "next/server";
import { AccessDeniedError } from "@/lib/errors";
import { DomainError } from "@/lib/errors";

const REFUSALS: Record<number, string> = {
  401: "Authentification requise.",
  403: "Accès refusé.",
  404: "Document introuvable.",
};

/** Serves a generated or stored file; refusals become plain French answers with the right status. */
export async function fileResponse(load: () => Promise<{ fileName: string; content: Buffer; mimeType: string }>) {
  try {
    const { fileName, content, mimeType } = await load();
    return new NextResponse(new Uint8Array(content), {
      headers: {
        "Content-Type": mimeType,
        "Content-Disposition": `attachment; filename="${fileName.replace(/[^\w.\-]/g, "_")}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AccessDeniedError)
      return NextResponse.json({ error: REFUSALS[error.status] ?? error.message }, { status: error.status });
    if (error instanceof DomainError) return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
