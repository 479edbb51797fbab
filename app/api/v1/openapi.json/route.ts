import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { openApiDocument } from "@/lib/api/openapi";
import { methodNotAllowed } from "@/lib/api/problem";

export const dynamic = "force-dynamic";

export function GET() {
  return NextResponse.json(openApiDocument(env.APP_URL), { headers: { "Cache-Control": "public, max-age=300" } });
}

export const POST = methodNotAllowed(["GET", "HEAD"]);
export const PUT = POST;
