import { NextResponse } from "next/server";
import { answerCommuneLookup } from "@/lib/territory/answer-commune-lookup";

export const dynamic = "force-dynamic";

// The production server answers this path itself (scripts/production-server.ts); this route serves it under
// `next dev` and wherever Next is used alone.
export async function GET(request: Request) {
  const { status, body } = await answerCommuneLookup(request.url);
  return NextResponse.json(body, { status });
}
