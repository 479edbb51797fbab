import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { listHabilitationRequests } from "@/lib/habilitation/list-habilitation-requests";
import { REQUEST_LIST_PATH, REQUEST_LIST_TITLE, RequestList } from "@/components/instruction/request-list";

export const metadata: Metadata = { title: REQUEST_LIST_TITLE };

// In production, scripts/lib/plain-html-pages.ts answers this page before Next, with the same list.
export default async function RequestListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const user = await requirePageUser("/caf", REQUEST_LIST_PATH);
  return <RequestList list={await listHabilitationRequests(user, params)} />;
}
