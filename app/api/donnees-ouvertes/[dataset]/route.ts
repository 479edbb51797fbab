import { NextResponse } from "next/server";
import { DATASETS, openDataStream, type Dataset } from "@/lib/open-data/open-data-datasets";

export const dynamic = "force-dynamic";

/** /api/donnees-ouvertes/structures.csv, …/structures.json, …/disponibilites.csv, …/disponibilites.json */
export async function GET(_request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  const { dataset } = await params;
  const match = /^(structures|disponibilites)\.(csv|json)$/.exec(dataset);
  const [, name, extension] = match ?? [];
  if (!name || !extension || !(name in DATASETS)) {
    return NextResponse.json(
      { error: "Jeu de données inconnu : structures.csv, structures.json, disponibilites.csv ou disponibilites.json." },
      { status: 404 },
    );
  }
  const format = extension as "csv" | "json";
  return new Response(openDataStream(name as Dataset, format), {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `inline; filename="${dataset}"`,
      "Cache-Control": "public, max-age=600",
    },
  });
}
