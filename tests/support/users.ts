import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";

/** The acting user as the session layer would give it to a use case. */
export async function sessionUserByEmail(email: string): Promise<SessionUser> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: {
      id: true,
      personalNumber: true,
      email: true,
      firstName: true,
      lastName: true,
      role: true,
      cafId: true,
      mustChangePassword: true,
    },
  });
  return user;
}
