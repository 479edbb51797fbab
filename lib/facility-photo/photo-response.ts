import "server-only";
import { NextResponse } from "next/server";
import { AccessDeniedError, DomainError } from "@/lib/errors";

export const photoFileSelect = { mimeType: true, size: true, content: true, uploadedAt: true } as const;
type PhotoFile = { mimeType: string; size: number; content: Uint8Array; uploadedAt: Date };

/**
 * Serves a stored photo. Its type was checked from its bytes at upload; nosniff and a sandboxing policy
 * make sure a browser never runs it as anything else. Links carry the upload time (?v=), so caching is
 * safe; photos not yet public are cached by the browser only.
 */
export async function photoResponse(load: () => Promise<PhotoFile | null>, visibility: "public" | "private") {
  try {
    const photo = await load();
    if (!photo) return NextResponse.json({ error: "Photo introuvable." }, { status: 404 });
    return new NextResponse(new Uint8Array(photo.content), {
      headers: {
        "Content-Type": photo.mimeType,
        "Content-Length": String(photo.size),
        "Content-Disposition": "inline",
        "Cache-Control": visibility === "public" ? "public, max-age=300" : "private, max-age=300",
        "Last-Modified": photo.uploadedAt.toUTCString(),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  } catch (error) {
    if (error instanceof AccessDeniedError || error instanceof DomainError)
      return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
