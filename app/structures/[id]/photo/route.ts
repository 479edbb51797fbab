import { NextResponse } from "next/server";
import { getFacilityPhoto } from "@/lib/facility-photo/get-facility-photo";

export const dynamic = "force-dynamic";

// Public image: its type was checked from its bytes at upload; nosniff and a sandboxing policy make sure a
// browser never runs it as anything else. Links carry the upload time (?v=), so caching is safe.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const photo = await getFacilityPhoto(id);
  if (!photo) return NextResponse.json({ error: "Photo introuvable." }, { status: 404 });
  return new NextResponse(new Uint8Array(photo.content), {
    headers: {
      "Content-Type": photo.mimeType,
      "Content-Length": String(photo.size),
      "Content-Disposition": "inline",
      "Cache-Control": "public, max-age=300",
      "Last-Modified": photo.uploadedAt.toUTCString(),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
