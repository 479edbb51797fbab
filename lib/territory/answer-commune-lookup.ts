// No `server-only` import: scripts/production-server.ts answers /api/communes with it before Next, and the
// Next route (app/api/communes, what `next dev` serves) with the same function: one answer either way.
import { INVALID_PARAMETERS_MESSAGE, parseQueryParams } from "@/lib/http/query-params";
import { communeQuerySchema, searchCommunes, type CommuneMatch } from "@/lib/territory/search-communes";

export const COMMUNE_LOOKUP_PATH = "/api/communes";

export type CommuneLookupAnswer =
  { status: 200; body: { communes: CommuneMatch[] } } | { status: 400; body: { error: string; details: string[] } };

/** The answer to `GET /api/communes?q=…[&departement=…]` (the place field, at each keystroke), from its URL. */
export async function answerCommuneLookup(url: string): Promise<CommuneLookupAnswer> {
  const query = parseQueryParams(url, communeQuerySchema);
  if ("details" in query) return { status: 400, body: { error: INVALID_PARAMETERS_MESSAGE, details: query.details } };
  return { status: 200, body: { communes: await searchCommunes(query.data) } };
}
