import "server-only";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { NOT_ALLOWED_MESSAGE } from "@/lib/auth/access-messages";

/** National administration (Cafs, agents, templates) is the Cnaf's alone; every use case re-checks it. */
export function requireCnaf(actor: SessionUser): SessionUser {
  if (actor.role !== "CNAF_ADMIN") throw new AccessDeniedError(403, NOT_ALLOWED_MESSAGE);
  return actor;
}
