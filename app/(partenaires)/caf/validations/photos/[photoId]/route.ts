import { requireRole } from "@/lib/auth/session";
import { getPhotoForReview } from "@/lib/facility-photo/get-photo-for-review";
import { photoResponse } from "@/lib/facility-photo/photo-response";

export const dynamic = "force-dynamic";

// A photo under review, for the agents of the facility's Caf (and the Cnaf) only.
export async function GET(_request: Request, { params }: { params: Promise<{ photoId: string }> }) {
  const { photoId } = await params;
  return photoResponse(
    async () => getPhotoForReview(await requireRole(["CAF_AGENT", "CNAF_ADMIN"]), photoId),
    "private",
  );
}
