import { NextResponse } from "next/server";
import { parseQuery } from "@/lib/http/json";
import { catalogueQuerySchema, searchCatalogue } from "@/lib/catalogue/search-catalogue";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const query = parseQuery(request.url, catalogueQuerySchema);
  if ("response" in query) return query.response;
  return NextResponse.json(await searchCatalogue(query.data));
}
