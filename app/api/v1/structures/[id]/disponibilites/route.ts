import { NextResponse } from "next/server";
import { AccessDeniedError } from "@/lib/auth/session";
import { publishAvailabilities } from "@/lib/availability/publish-availabilities";
import { requirePartnerFacility } from "@/lib/portal/facility-permissions";
import { getCurrentAvailabilities, publishedAvailabilities } from "@/lib/api/get-current-availabilities";
import { handleApiRequest, outOfScope, readJsonBody } from "@/lib/api/handle-api-request";
import { withIdempotency } from "@/lib/api/idempotency";
import type { ApiCaller } from "@/lib/api/authenticate-api-key";
import { isPlausibleIdentifier } from "@/lib/validation/text";
import { methodNotAllowed } from "@/lib/api/problem";

export const dynamic = "force-dynamic";

/** Runs `work`, turning its scope refusal into the API's answer (403 for an existing facility, 404 otherwise). */
async function withKeyScope<T>(facilityId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AccessDeniedError) throw await outOfScope(facilityId);
    throw error;
  }
}

/** An id that cannot be one of ours (control characters…) is simply not found, before any query. */
function requirePlausibleId(facilityId: string) {
  if (!isPlausibleIdentifier(facilityId)) throw new AccessDeniedError(404, "Structure introuvable.");
}

const requireKeyScope = (caller: ApiCaller, facilityId: string) =>
  withKeyScope(facilityId, () =>
    requirePartnerFacility(caller.owner, facilityId, "availabilities", { providerId: caller.providerId }),
  );

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleApiRequest(request, async (caller) => {
    requirePlausibleId(id);
    await requireKeyScope(caller, id);
    return NextResponse.json(await getCurrentAvailabilities(id));
  });
}

/** Replaces the whole current set, exactly as the portal does (same rules, same history). */
export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleApiRequest(request, async (caller) => {
    requirePlausibleId(id);
    const body = await readJsonBody(request);
    if (body instanceof Response) return body;
    return withIdempotency(request, caller.keyId, body.raw, async () => {
      // The publication checks the key's scope itself, in its transaction.
      const published = await withKeyScope(id, () =>
        publishAvailabilities(caller.owner, id, body.body, { apiKeyId: caller.keyId, providerId: caller.providerId }),
      );
      return { status: 200, body: publishedAvailabilities(published) };
    });
  });
}

export const POST = methodNotAllowed(["GET", "HEAD", "PUT"]);
