import { NextResponse } from "next/server";
import { AccessDeniedError, requireRole } from "@/lib/auth/session";
import { listCafConnectionLog } from "@/lib/auth/list-caf-connection-log";
import { connectionLogCsv } from "@/lib/auth/connection-log-csv";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const actor = await requireRole(["CAF_AGENT", "CNAF_ADMIN"]);
    const log = await listCafConnectionLog(actor, Object.fromEntries(new URL(request.url).searchParams), {
      exportAll: true,
    });
    return new NextResponse(connectionLogCsv(log.rows), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="journal-connexions-caf-${log.caf.departementCode}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AccessDeniedError)
      return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
