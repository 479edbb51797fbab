// No `server-only` import: the production server's Caf request list uses it (scripts/lib/plain-html-pages.ts).
import { AccessDeniedError } from "@/lib/errors";
import { NOT_ALLOWED_MESSAGE } from "@/lib/auth/access-messages";
import type { SessionUser } from "@/lib/auth/session-user";

/** A Caf agent only reaches their own Caf's records (404 otherwise, so nothing leaks); the Cnaf reaches all. */
export function cafScopeOf(actor: SessionUser): { cafId?: string } {
  if (actor.role === "CNAF_ADMIN") return {};
  if (actor.role === "CAF_AGENT" && actor.cafId) return { cafId: actor.cafId };
  throw new AccessDeniedError(403, NOT_ALLOWED_MESSAGE);
}
