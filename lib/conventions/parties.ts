import "server-only";
import type { db, Tx } from "@/lib/db";

/** The two parties as printed on a convention, an avenant or its annex: frozen when the document is produced. */
export type ConventionParties = {
  partner: {
    legalName: string;
    siret: string;
    street: string;
    postcode: string;
    city: string;
    representativeName: string;
    representativeTitle: string;
    infoPointName: string | null;
  };
  caf: {
    legalName: string;
    street: string;
    postcode: string;
    city: string;
    directorCivility: string;
    directorTitle: string;
    directorName: string;
  };
};

/** "Caf des Landes" → "Caisse d'allocations familiales des Landes": the Caf's name as a party to a contract. */
export function cafLegalName(name: string): string {
  return name.replace(/^Caf\b/, "Caisse d'allocations familiales");
}

export async function snapshotParties(
  tx: Tx | typeof db,
  ids: { providerId: string; cafId: string },
  infoPointName: string | null,
): Promise<ConventionParties> {
  const [provider, caf] = await Promise.all([
    tx.provider.findUniqueOrThrow({ where: { id: ids.providerId } }),
    tx.caf.findUniqueOrThrow({ where: { id: ids.cafId } }),
  ]);
  return {
    partner: {
      legalName: provider.legalName,
      siret: provider.siret,
      street: provider.street,
      postcode: provider.postcode,
      city: provider.city,
      representativeName: provider.legalRepresentativeName,
      representativeTitle: provider.legalRepresentativeTitle,
      infoPointName,
    },
    caf: {
      legalName: cafLegalName(caf.name),
      street: caf.street,
      postcode: caf.postcode,
      city: caf.city,
      directorCivility: caf.directorCivility,
      directorTitle: caf.directorTitle,
      directorName: caf.directorName,
    },
  };
}
