import { readFile } from "node:fs/promises";
import path from "node:path";
import { NextResponse } from "next/server";

// Leaflet, served from this site (no third-party script or style): only the files the search results' map
// loads, when the family opens it (public/scripts/search-map.js). The version is in the package: the files
// change only with a deploy, hence a day of caching rather than a year.
const FILES: Record<string, string> = {
  "leaflet.js": "text/javascript; charset=utf-8",
  "leaflet.css": "text/css; charset=utf-8",
  "images/marker-icon.png": "image/png",
  "images/marker-icon-2x.png": "image/png",
  "images/marker-shadow.png": "image/png",
};
const LEAFLET_DIST = path.join(process.cwd(), "node_modules", "leaflet", "dist");

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const file = (await params).file.join("/");
  const type = FILES[file];
  if (!type) return NextResponse.json({ error: "Fichier introuvable." }, { status: 404 });
  return new NextResponse(new Uint8Array(await readFile(path.join(LEAFLET_DIST, file))), {
    headers: { "Content-Type": type, "Cache-Control": "public, max-age=86400" },
  });
}
