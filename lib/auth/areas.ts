// Which roles may enter each protected area. Shared by the proxy (early redirect) and by every page
// and action (the real check, done on the server against the database).
import type { Role } from "@/lib/generated/prisma/enums";

export const PROTECTED_AREAS = [
  { prefix: "/admin", roles: ["CNAF_ADMIN"] },
  { prefix: "/caf", roles: ["CAF_AGENT", "CNAF_ADMIN"] },
  { prefix: "/espace-pro", roles: ["PROVIDER_USER", "INFO_POINT_USER"] },
  { prefix: "/mon-compte", roles: ["CNAF_ADMIN", "CAF_AGENT", "PROVIDER_USER", "INFO_POINT_USER"] },
] as const satisfies readonly { prefix: string; roles: readonly Role[] }[];

export type AreaPrefix = (typeof PROTECTED_AREAS)[number]["prefix"];

export function areaFor(pathname: string) {
  return PROTECTED_AREAS.find((area) => pathname === area.prefix || pathname.startsWith(`${area.prefix}/`));
}

export function rolesOf(prefix: AreaPrefix): readonly Role[] {
  // Every prefix is listed; were one missing, nobody would be let in.
  return PROTECTED_AREAS.find((area) => area.prefix === prefix)?.roles ?? [];
}

/** Where a person lands after signing in. */
export function homeFor(role: Role): string {
  switch (role) {
    case "CNAF_ADMIN":
      return "/admin";
    case "CAF_AGENT":
      return "/caf";
    case "PROVIDER_USER":
    case "INFO_POINT_USER":
      return "/espace-pro";
  }
}
