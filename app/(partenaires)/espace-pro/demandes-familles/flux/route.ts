import { requireRole } from "@/lib/auth/session";
import { fileResponse } from "@/lib/http/file-response";
import { downloadNewRequestsFeed } from "@/lib/family-requests/download-family-requests";

export const dynamic = "force-dynamic";

export async function GET() {
  return fileResponse(async () => downloadNewRequestsFeed(await requireRole(["INFO_POINT_USER", "PROVIDER_USER"])));
}
