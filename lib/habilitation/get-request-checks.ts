import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { searchableText } from "@/lib/text/normalize";
import { isValidSiret } from "@/lib/validation/siret";
import { FACILITY_KIND_LABELS } from "@/lib/catalogue/facility-kinds";
import { LIVE_CONVENTION_STATUSES } from "@/lib/conventions/convention-state-machine";
import { findRequestInScope } from "./find-request-in-scope";
import { providerDecisionOf, type ProviderRevisionChange } from "./provider-details";

// Conventions that still give (or are about to give) someone the right to publish for a facility.
const LIVE_CONVENTION = ["DRAFT", "SENT", "SIGNED", ...LIVE_CONVENTION_STATUSES] as const;
const MAX_EARLIER_REQUESTS = 20;
const MAX_MATCH_CANDIDATES = 50;
const MAX_PROVIDER_REVISIONS = 50;

export type FacilityCheck = {
  facilityId: string;
  name: string;
  manager: string | null;
  managerMatches: boolean;
  conventions: { number: string; partner: string; sameRequester: boolean }[];
};

function sameName(a: string | null | undefined, b: string) {
  return !!a && searchableText(a) === searchableText(b);
}

/**
 * What the agent must check before deciding (SPEC §4.2: that the requester really manages the
 * facilities it asks for). Every finding informs; none blocks the instruction.
 */
export async function getRequestChecks(actor: SessionUser, requestId: string) {
  const request = await findRequestInScope(actor, requestId);
  const [selections, newFacilities, providerDecision, earlierRequests, decisions] = await Promise.all([
    db.habilitationRequestFacility.findMany({
      where: { requestId },
      select: {
        facility: {
          select: {
            id: true,
            name: true,
            managerName: true,
            provider: { select: { legalName: true, siret: true } },
            conventionFacilities: {
              where: {
                removedAt: null,
                convention: { status: { in: [...LIVE_CONVENTION] }, requestId: { not: requestId } },
              },
              select: {
                convention: { select: { number: true, provider: { select: { legalName: true, siret: true } } } },
              },
            },
          },
        },
      },
      orderBy: { facility: { name: "asc" } },
    }),
    db.habilitationRequestNewFacility.findMany({
      where: { requestId, facilityId: null },
      orderBy: { position: "asc" },
      select: { id: true, name: true, communeInsee: true },
    }),
    providerDecisionOf(db, request),
    db.habilitationRequest.findMany({
      where: { id: { not: requestId }, OR: [{ siret: request.siret }, { email: request.email }] },
      select: { id: true, reference: true, status: true, submittedAt: true, legalName: true, cafId: true },
      orderBy: { submittedAt: "desc" },
      take: MAX_EARLIER_REQUESTS,
    }),
    db.auditEvent.findMany({
      where: { entityType: "HabilitationRequest", entityId: requestId, action: "habilitation.checks-reviewed" },
      select: { id: true, at: true, reason: true, actor: { select: { firstName: true, lastName: true } } },
      orderBy: { at: "asc" },
    }),
  ]);

  const facilities: FacilityCheck[] = selections.map(({ facility }) => {
    const manager = facility.provider?.legalName ?? facility.managerName;
    return {
      facilityId: facility.id,
      name: facility.name,
      manager,
      managerMatches: facility.provider?.siret === request.siret || sameName(manager, request.legalName),
      conventions: facility.conventionFacilities.map(({ convention }) => ({
        number: convention.number,
        partner: convention.provider.legalName,
        sameRequester: convention.provider.siret === request.siret,
      })),
    };
  });

  // Catalogue entries of the same commune the agent may match a new facility to, instead of creating a duplicate.
  const communes = [...new Set(newFacilities.map((f) => f.communeInsee))];
  const candidates = communes.length
    ? await db.facility.findMany({
        where: { cafId: request.cafId, status: "OPEN", communeInsee: { in: communes } },
        select: { id: true, name: true, kind: true, street: true, communeInsee: true },
        orderBy: { name: "asc" },
        take: MAX_MATCH_CANDIDATES * communes.length,
      })
    : [];
  const matchCandidates = Object.fromEntries(
    newFacilities.map((proposed) => [
      proposed.id,
      candidates
        .filter((c) => c.communeInsee === proposed.communeInsee)
        .slice(0, MAX_MATCH_CANDIDATES)
        .map((c) => ({
          id: c.id,
          label: `${c.name} (${FACILITY_KIND_LABELS[c.kind]}), ${c.street}`,
          sameName: sameName(c.name, proposed.name),
        })),
    ]),
  );

  const { provider: knownProvider, differences: providerDifferences } = providerDecision;
  const providerDecisionPending = providerDifferences.length > 0 && !providerDecision.decided;
  const providerRevisions = knownProvider
    ? await db.providerRevision.findMany({
        where: { providerId: knownProvider.id },
        select: {
          id: true,
          at: true,
          decision: true,
          changes: true,
          reason: true,
          requestId: true,
          request: { select: { reference: true, cafId: true } },
          actor: { select: { firstName: true, lastName: true } },
        },
        orderBy: { at: "desc" },
        take: MAX_PROVIDER_REVISIONS,
      })
    : [];

  const warnings = [
    ...facilities
      .filter((f) => !f.managerMatches)
      .map((f) =>
        f.manager
          ? `« ${f.name} » est gérée par ${f.manager} selon le catalogue, pas par le demandeur.`
          : `« ${f.name} » n'a pas de gestionnaire dans le catalogue : vérifiez que le demandeur la gère.`,
      ),
    ...facilities.flatMap((f) =>
      f.conventions
        .filter((c) => !c.sameRequester)
        .map((c) => `« ${f.name} » est déjà couverte par la convention ${c.number} de ${c.partner}.`),
    ),
    ...(providerDifferences.length
      ? [
          `Ce SIRET est déjà connu avec d'autres informations (${providerDifferences.map((d) => d.field).join(", ")})${providerDecisionPending ? " : décision attendue sur la fiche du gestionnaire." : "."}`,
        ]
      : []),
    ...(earlierRequests.length
      ? [`${earlierRequests.length} demande(s) antérieure(s) avec le même SIRET ou courriel.`]
      : []),
    ...(isValidSiret(request.siret) ? [] : ["Le numéro SIRET est invalide (clé de contrôle Luhn incorrecte)."]),
  ];

  return {
    cafId: request.cafId,
    siretValid: isValidSiret(request.siret),
    facilities,
    matchCandidates,
    knownProvider: knownProvider
      ? {
          legalName: knownProvider.legalName,
          differences: providerDifferences,
          decisionPending: providerDecisionPending,
          revisions: providerRevisions.map((revision) => ({
            id: revision.id,
            at: revision.at,
            decision: revision.decision,
            changes: revision.changes as ProviderRevisionChange[],
            reason: revision.reason,
            // Another Caf's request is named, not linked: this agent cannot open it.
            request: {
              id: revision.requestId,
              reference: revision.request.reference,
              otherCaf: revision.request.cafId !== request.cafId,
            },
            actorName: `${revision.actor.firstName} ${revision.actor.lastName}`,
          })),
        }
      : null,
    earlierRequests: earlierRequests.map((r) => ({ ...r, otherCaf: r.cafId !== request.cafId })),
    warnings,
    decisions: decisions.map((d) => ({
      id: d.id,
      at: d.at,
      note: d.reason,
      actorName: d.actor ? `${d.actor.firstName} ${d.actor.lastName}` : "—",
    })),
  };
}

export type RequestChecks = Awaited<ReturnType<typeof getRequestChecks>>;
