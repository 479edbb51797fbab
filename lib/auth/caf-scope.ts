import "server-only";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";

/** A Caf agent only reaches their own Caf's records (404 otherwise, so nothing leaks); the Cnaf reaches all. */
export function cafScopeOf(actor: SessionUser): { cafId?: string } {
  if (actor.role === "CNAF_ADMIN") return {};
  if (actor.role === "CAF_AGENT" && actor.cafId) return { cafId: actor.cafId };
  throw new AccessDeniedError(403, "Votre habilitation ne permet pas cette action.");
}
