import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AccessDeniedError, requireRole } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { uploadFacilityPhoto } from "@/lib/facility-photo/upload-facility-photo";

export const dynamic = "force-dynamic";

// A route handler rather than a server action: photos go up to 2 Mo, above the actions' body limit.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const actor = await requireRole(["PROVIDER_USER", "INFO_POINT_USER"]);
    const form = await request.formData().catch(() => {
      throw new DomainError("Envoi illisible : choisissez de nouveau la photo.", 400);
    });
    await uploadFacilityPhoto(actor, id, { file: form.get("file"), altText: form.get("altText") });
    return NextResponse.json(
      { message: "La photo est envoyée à la Caf : elle sera publiée après sa validation." },
      { status: 201 },
    );
  } catch (error) {
    if (error instanceof ZodError)
      return NextResponse.json({ error: error.issues[0]?.message ?? "Photo refusée." }, { status: 422 });
    if (error instanceof DomainError || error instanceof AccessDeniedError)
      return NextResponse.json({ error: error.message }, { status: error.status });
    console.error("[facility photo upload]", error);
    return NextResponse.json(
      { error: "La photo n'a pas pu être enregistrée. Réessayez dans quelques instants." },
      { status: 500 },
    );
  }
}
