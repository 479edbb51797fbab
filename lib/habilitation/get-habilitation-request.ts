import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { findRequestInScope } from "./find-request-in-scope";
import { findAccountConflicts } from "@/lib/conventions/find-account-conflicts";

/** Everything the agent needs on the detail page, in one round of queries. */
export async function getHabilitationRequest(actor: SessionUser, id: string) {
  await findRequestInScope(actor, id);
  const request = await db.habilitationRequest.findUniqueOrThrow({
    where: { id },
    include: {
      caf: { select: { name: true, departementCode: true } },
      people: { orderBy: { position: "asc" } },
      facilities: {
        include: {
          facility: {
            select: { name: true, kind: true, street: true, postcode: true, commune: { select: { name: true } } },
          },
        },
        orderBy: { facility: { name: "asc" } },
      },
      newFacilities: {
        include: { commune: { select: { name: true } }, facility: { select: { name: true } } },
        orderBy: { position: "asc" },
      },
      versions: { orderBy: { number: "desc" }, take: 2, select: { number: true, content: true, createdAt: true } },
      communes: {
        include: { commune: { select: { name: true, postcodes: true } } },
        orderBy: { commune: { name: "asc" } },
      },
      events: {
        include: { actor: { select: { firstName: true, lastName: true, personalNumber: true } } },
        orderBy: { at: "asc" },
      },
      convention: {
        select: {
          id: true,
          number: true,
          status: true,
          generatedAt: true,
          sentAt: true,
          signedAt: true,
          partnerSignedAt: true,
          partnerSignedPlace: true,
          partnerSignatory: true,
          cafSignedAt: true,
          cafSignedPlace: true,
          cafSignatory: true,
          paperCopyStatementAt: true,
          partiesSnapshot: true,
          activatedAt: true,
          template: { select: { version: true } },
          signedScan: { select: { fileName: true, size: true } },
        },
      },
    },
  });
  // Shown before activation, which refuses them (lib/conventions/grant-accounts.ts).
  const accountConflicts = await findAccountConflicts(
    db,
    request.type,
    request.people.map((person) => person.email),
  );
  return { ...request, accountConflicts };
}

export type HabilitationRequestDetail = Awaited<ReturnType<typeof getHabilitationRequest>>;
