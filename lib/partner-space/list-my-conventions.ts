import "server-only";
import { THREAD_MESSAGES } from "@/lib/threads/thread-message-select";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { anniversaryOnOrAfter } from "@/lib/conventions/lifecycle";
import { myConventionsWhere } from "@/lib/conventions/find-my-convention";

/** The partner's conventions in force: status, annex as it stands, next anniversary, thread and asks. */
export async function listMyConventions(actor: SessionUser, now = new Date()) {
  const conventions = await db.convention.findMany({
    where: myConventionsWhere(actor),
    orderBy: { signedAt: "desc" },
    take: 20,
    include: {
      caf: { select: { name: true, email: true, phone: true } },
      provider: { select: { legalName: true } },
      infoPoint: { select: { name: true } },
      people: { where: { removedAt: null }, orderBy: { lastName: "asc" } },
      facilities: {
        where: { removedAt: null },
        include: { facility: { select: { name: true, postcode: true, commune: { select: { name: true } } } } },
        orderBy: { facility: { name: "asc" } },
      },
      communes: { where: { removedAt: null }, include: { commune: { select: { name: true } } } },
      amendments: { select: { number: true, createdAt: true }, orderBy: { number: "asc" } },
      messages: THREAD_MESSAGES,
      changeAsks: {
        orderBy: { createdAt: "desc" },
        take: 20,
        select: { id: true, details: true, status: true, createdAt: true },
      },
    },
  });
  return conventions.map((convention) => ({
    ...convention,
    nextAnniversary: convention.signedAt ? anniversaryOnOrAfter(convention.signedAt, now) : null,
  }));
}

export type MyConvention = Awaited<ReturnType<typeof listMyConventions>>[number];
