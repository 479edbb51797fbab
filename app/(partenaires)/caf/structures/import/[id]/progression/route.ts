import { NextResponse } from "next/server";
import { AccessDeniedError, requireRole } from "@/lib/auth/session";
import { getFacilityImport } from "@/lib/catalogue/get-facility-import";

export const dynamic = "force-dynamic";

/** Polled by the import page; served from PostgreSQL, so any app instance answers. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const view = await getFacilityImport(await requireRole(["CAF_AGENT", "CNAF_ADMIN"]), id);
    return NextResponse.json(
      { state: view.state, processed: view.processed, total: view.validCount },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    if (error instanceof AccessDeniedError)
      return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
