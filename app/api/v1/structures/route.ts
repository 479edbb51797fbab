import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { partnerFacilityWhere } from "@/lib/portal/facility-permissions";
import { handleApiRequest } from "@/lib/api/handle-api-request";
import { methodNotAllowed } from "@/lib/api/problem";

export const dynamic = "force-dynamic";

/** The EAJE the key may publish for, so that software can map its own establishments to our ids. */
export async function GET(request: Request) {
  return handleApiRequest(request, async (caller) => {
    const facilities = await db.facility.findMany({
      where: partnerFacilityWhere(caller.owner.id, "availabilities", caller.providerId),
      select: {
        id: true,
        name: true,
        kind: true,
        postcode: true,
        availabilitiesUpdatedAt: true,
        commune: { select: { name: true } },
      },
      orderBy: { name: "asc" },
      take: 1000,
    });
    return NextResponse.json({
      structures: facilities.map((f) => ({
        id: f.id,
        nom: f.name,
        typeStructure: f.kind,
        codePostal: f.postcode,
        commune: f.commune.name,
        misAJourLe: f.availabilitiesUpdatedAt?.toISOString() ?? null,
      })),
    });
  });
}

export const POST = methodNotAllowed(["GET", "HEAD"]);
export const PUT = POST;
