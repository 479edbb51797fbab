import "server-only";
import type { db, Tx } from "@/lib/db";
import type { Provider } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors";
import { searchableText } from "@/lib/text/normalize";
import { normalisedFrenchPhone } from "@/lib/validation/fields";

// The provider's details a request carries, as the agent reads them (the SIRET is the key, never a difference).
export const PROVIDER_FIELD_NAMES = {
  legalName: "raison sociale",
  street: "adresse",
  postcode: "code postal",
  city: "commune",
  legalRepresentativeName: "représentant légal",
  legalRepresentativeTitle: "fonction du représentant légal",
  email: "courriel",
  phone: "téléphone",
} as const;

export type ProviderField = keyof typeof PROVIDER_FIELD_NAMES;
export type ProviderDetails = Record<ProviderField, string>;
// One entry of ProviderRevision.changes.
export type ProviderRevisionChange = { field: ProviderField; before: string; after: string };
export type ProviderDifference = { key: ProviderField; field: string; known: string; requested: string };

// Records made before phones were stored in the national format ("0553000000") are the same number.
const comparable = (key: ProviderField, value: string) =>
  searchableText(key === "phone" ? (normalisedFrenchPhone(value) ?? value) : value);

/** The fields whose request value differs from the record's, ignoring case, accents and spacing. */
export function providerDifferences(known: ProviderDetails, requested: ProviderDetails): ProviderDifference[] {
  return (Object.keys(PROVIDER_FIELD_NAMES) as ProviderField[])
    .filter((key) => comparable(key, known[key]) !== comparable(key, requested[key]))
    .map((key) => ({ key, field: PROVIDER_FIELD_NAMES[key], known: known[key], requested: requested[key] }));
}

/**
 * The known provider of a request's SIRET, what differs from the request, and whether the agent has
 * already decided (for this request) what the record becomes.
 */
export async function providerDecisionOf(
  tx: Tx | typeof db,
  request: ProviderDetails & { id: string; siret: string },
): Promise<{ provider: Provider | null; differences: ProviderDifference[]; decided: boolean }> {
  const [provider, decisions] = await Promise.all([
    tx.provider.findUnique({ where: { siret: request.siret } }),
    tx.providerRevision.count({ where: { requestId: request.id } }),
  ]);
  return {
    provider,
    differences: provider ? providerDifferences(provider, request) : [],
    decided: decisions > 0,
  };
}

/**
 * A convention prints the provider's record: when the request says otherwise, the agent decides first
 * which details the convention carries, so that it never takes the old ones silently.
 */
export async function requireProviderDecision(tx: Tx, request: ProviderDetails & { id: string; siret: string }) {
  const { differences, decided } = await providerDecisionOf(tx, request);
  if (differences.length && !decided)
    throw new DomainError(
      "Ce SIRET est déjà connu avec d'autres informations : décidez d'abord si la fiche du gestionnaire est mise à jour avec la demande ou conservée.",
      409,
    );
}
