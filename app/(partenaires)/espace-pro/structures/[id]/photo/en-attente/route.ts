import { requireRole } from "@/lib/auth/session";
import { getPendingPhoto } from "@/lib/facility-photo/get-pending-photo";
import { photoResponse } from "@/lib/facility-photo/photo-response";

export const dynamic = "force-dynamic";

// The partner's own photo while it waits for the Caf: never public.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return photoResponse(
    async () => getPendingPhoto(await requireRole(["PROVIDER_USER", "INFO_POINT_USER"]), id),
    "private",
  );
}
