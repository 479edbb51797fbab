import { NextResponse } from "next/server";
import { parseQuery } from "@/lib/http/json";
import { communeQuerySchema, searchCommunes } from "@/lib/territory/search-communes";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const query = parseQuery(request.url, communeQuerySchema);
  if ("response" in query) return query.response;
  return NextResponse.json({ communes: await searchCommunes(query.data) });
}
