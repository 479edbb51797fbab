import { NextResponse } from "next/server";
import { DATASETS, openDataStream, type Dataset } from "@/lib/open-data/open-data-datasets";

export const dynamic = "force-dynamic";

/** /api/donnees-ouvertes/structures.csv, …/structures.json, …/disponibilites.csv, …/disponibilites.json */
export async function GET(_request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  const { dataset } = await params;
  const match = /^(structures|disponibilites)\.(csv|json)$/.exec(dataset);
  if (!match || !(match[1] in DATASETS)) {
    return NextResponse.json(
      { error: "Jeu de données inconnu : structures.csv, structures.json, disponibilites.csv ou disponibilites.json." },
      { status: 404 },
    );
  }
  const format = match[2] as "csv" | "json";
  return new Response(openDataStream(match[1] as Dataset, format), {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `inline; filename="${dataset}"`,
      "Cache-Control": "public, max-age=600",
    },
  });
}
