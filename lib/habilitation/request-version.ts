// What a requester sent, as one comparable snapshot: stored for every version of a request (first
// submission, then each correction) so that the agent sees what changed. No server-only: pure data.
import { FACILITY_KIND_LABELS } from "@/lib/catalogue/facility-kinds";
import type { FacilityKind } from "@/lib/generated/prisma/enums";

export type RequestVersionContent = {
  provider: {
    legalName: string;
    siret: string;
    street: string;
    postcode: string;
    city: string;
    legalRepresentativeName: string;
    legalRepresentativeTitle: string;
    email: string;
    phone: string;
  };
  infoPointName: string | null;
  people: { firstName: string; lastName: string; email: string; jobTitle: string }[];
  facilities: { facilityId: string; name: string; operatingInfo: boolean; availabilities: boolean }[];
  newFacilities: {
    kind: FacilityKind;
    name: string;
    street: string;
    postcode: string;
    communeName: string;
    operatingInfo: boolean;
    availabilities: boolean;
  }[];
  communes: { inseeCode: string; name: string }[];
};

export type RequestChange = { section: string; item: string; before: string | null; after: string | null };

const PROVIDER_LABELS: Record<keyof RequestVersionContent["provider"], string> = {
  legalName: "Raison sociale",
  siret: "SIRET",
  street: "Adresse",
  postcode: "Code postal",
  city: "Commune",
  legalRepresentativeName: "Représentant légal",
  legalRepresentativeTitle: "Qualité du représentant légal",
  email: "Courriel de l'organisme",
  phone: "Téléphone",
};

const publications = (p: { operatingInfo: boolean; availabilities: boolean }) =>
  [p.operatingInfo && "modalités", p.availabilities && "disponibilités"].filter(Boolean).join(" et ");

const describePerson = (p: RequestVersionContent["people"][number]) =>
  `${p.firstName} ${p.lastName}, ${p.jobTitle}, ${p.email}`;

const describeNewFacility = (f: RequestVersionContent["newFacilities"][number]) =>
  `${f.name} (${FACILITY_KIND_LABELS[f.kind]}), ${f.street}, ${f.postcode} ${f.communeName} — ${publications(f)}`;

/** Compares keyed lists: what disappeared, what appeared, what changed under the same key. */
function diffKeyed<T>(
  section: string,
  before: T[],
  after: T[],
  key: (item: T, index: number) => string,
  name: (item: T, index: number) => string,
  describe: (item: T) => string,
): RequestChange[] {
  const previous = new Map(before.map((item, index) => [key(item, index), { item, index }]));
  const changes: RequestChange[] = [];
  after.forEach((item, index) => {
    const old = previous.get(key(item, index));
    previous.delete(key(item, index));
    if (!old) changes.push({ section, item: name(item, index), before: null, after: describe(item) });
    else if (describe(old.item) !== describe(item))
      changes.push({ section, item: name(item, index), before: describe(old.item), after: describe(item) });
  });
  for (const { item, index } of previous.values())
    changes.push({ section, item: name(item, index), before: describe(item), after: null });
  return changes;
}

/** Every difference between two versions, in the order of the request form. */
export function diffRequestVersions(before: RequestVersionContent, after: RequestVersionContent): RequestChange[] {
  const changes: RequestChange[] = [];
  for (const field of Object.keys(PROVIDER_LABELS) as (keyof typeof PROVIDER_LABELS)[]) {
    if (before.provider[field] !== after.provider[field])
      changes.push({
        section: "Organisme",
        item: PROVIDER_LABELS[field],
        before: before.provider[field],
        after: after.provider[field],
      });
  }
  if ((before.infoPointName ?? "") !== (after.infoPointName ?? ""))
    changes.push({
      section: "Lieu d'information",
      item: "Nom",
      before: before.infoPointName,
      after: after.infoPointName,
    });
  changes.push(
    ...diffKeyed(
      "Personnes",
      before.people,
      after.people,
      (_person, index) => String(index),
      (_person, index) => `Personne ${index + 1}`,
      describePerson,
    ),
    ...diffKeyed(
      "Structures du catalogue",
      before.facilities,
      after.facilities,
      (f) => f.facilityId,
      (f) => f.name,
      publications,
    ),
    ...diffKeyed(
      "Structures hors catalogue",
      before.newFacilities,
      after.newFacilities,
      (_f, index) => String(index),
      (_f, index) => `Structure hors catalogue ${index + 1}`,
      describeNewFacility,
    ),
    ...diffKeyed(
      "Communes",
      before.communes,
      after.communes,
      (c) => c.inseeCode,
      (c) => c.name,
      (c) => `${c.name} (${c.inseeCode})`,
    ),
  );
  return changes;
}
