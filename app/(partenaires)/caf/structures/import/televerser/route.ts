import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AccessDeniedError, requireRole } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { previewFacilityImport } from "@/lib/catalogue/preview-facility-import";

export const dynamic = "force-dynamic";

// A route handler rather than a server action: import files go up to 5 Mo, above the actions' body limit.
export async function POST(request: Request) {
  try {
    const actor = await requireRole(["CAF_AGENT", "CNAF_ADMIN"]);
    const form = await request.formData().catch(() => {
      throw new DomainError("Envoi illisible : choisissez de nouveau le fichier.", 400);
    });
    const preview = await previewFacilityImport(actor, { cafId: form.get("cafId"), file: form.get("file") });
    return NextResponse.json(preview, { status: 201 });
  } catch (error) {
    if (error instanceof ZodError)
      return NextResponse.json({ error: error.issues[0]?.message ?? "Fichier refusé." }, { status: 422 });
    if (error instanceof DomainError || error instanceof AccessDeniedError)
      return NextResponse.json({ error: error.message }, { status: error.status });
    console.error("[catalogue import upload]", error);
    return NextResponse.json(
      { error: "Le fichier n'a pas pu être analysé. Réessayez dans quelques instants." },
      { status: 500 },
    );
  }
}
