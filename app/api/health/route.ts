import { NextResponse } from "next/server";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = Date.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return NextResponse.json({ status: "ok", database: "ok", databaseLatencyMs: Date.now() - started });
  } catch {
    return NextResponse.json({ status: "error", database: "indisponible" }, { status: 503 });
  }
}
