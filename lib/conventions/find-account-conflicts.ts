import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { ConventionType, Role } from "@/lib/generated/prisma/enums";

export type AccountConflict = { email: string; message: string };

const ROLE_NAMES: Record<Role, string> = {
  CNAF_ADMIN: "d'un administrateur de la Cnaf",
  CAF_AGENT: "d'un agent de Caf",
  PROVIDER_USER: "d'une personne habilitée pour des structures",
  INFO_POINT_USER: "d'une personne habilitée pour un lieu d'information",
};

export function roleGrantedBy(type: ConventionType): Role {
  return type === "STRUCTURES" ? "PROVIDER_USER" : "INFO_POINT_USER";
}

/**
 * The listed e-mails that a convention must not take over: an account of another role (an agent, an
 * administrator, a partner of the other kind) would otherwise be revived or widened with a public request.
 * A partner account of the same role is extended, and brought back if its conventions had ended (that is
 * the path that deactivated it); an agent or administrator comes back only through the Cnaf.
 */
export async function findAccountConflicts(
  client: Db | Tx,
  type: ConventionType,
  emails: string[],
): Promise<AccountConflict[]> {
  const role = roleGrantedBy(type);
  const accounts = await client.user.findMany({
    where: { email: { in: emails.map((email) => email.toLowerCase()) }, role: { not: role } },
    select: { email: true, role: true },
    orderBy: { email: "asc" },
  });
  return accounts.map((account) => ({
    email: account.email,
    message: `L'adresse ${account.email} est déjà celle ${ROLE_NAMES[account.role]} : elle ne peut pas recevoir cette habilitation. Chaque personne habilitée doit avoir sa propre adresse.`,
  }));
}
