import { getFacilityPhoto } from "@/lib/facility-photo/get-facility-photo";
import { photoResponse } from "@/lib/facility-photo/photo-response";

export const dynamic = "force-dynamic";

// Public image: only the photo the Caf approved.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return photoResponse(() => getFacilityPhoto(id), "public");
}
