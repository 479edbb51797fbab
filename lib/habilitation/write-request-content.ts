import "server-only";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { HabilitationRequestData } from "./request-schema";
import type { RequestVersionContent } from "./request-version";

type StructuresData = Extract<HabilitationRequestData, { type: "STRUCTURES" }>;
type Caf = { id: string; departementCode: string };

/** Catalogue facilities must be open and the Caf's; availabilities only for EAJE. Returns them named. */
async function checkFacilities(tx: Tx, data: StructuresData, caf: Caf) {
  const found = await tx.facility.findMany({
    where: { id: { in: data.facilities.map((f) => f.facilityId) }, cafId: caf.id, status: "OPEN" },
    select: { id: true, name: true, isEaje: true },
  });
  const byId = new Map(found.map((f) => [f.id, f]));
  return data.facilities.map((selection) => {
    const facility = byId.get(selection.facilityId);
    if (!facility)
      throw new DomainError(
        "Une structure choisie n'est pas référencée par cette Caf : retirez-la ou ajoutez-la comme structure hors catalogue.",
        422,
      );
    if (selection.availabilities && !facility.isEaje) {
      throw new DomainError(
        `« ${facility.name} » n'est pas un établissement d'accueil du jeune enfant : les disponibilités ne concernent que les EAJE.`,
        422,
      );
    }
    return { ...selection, name: facility.name };
  });
}

/**
 * Communes (of the information point, or of facilities outside the catalogue) must be in the Caf's
 * département. Returns the name of each.
 */
async function findCommunes(tx: Tx, inseeCodes: string[], caf: Caf) {
  const communes = await tx.commune.findMany({
    where: { inseeCode: { in: inseeCodes }, departementCode: caf.departementCode },
    select: { inseeCode: true, name: true },
  });
  const names = new Map(communes.map((c) => [c.inseeCode, c.name]));
  const nameOf = (inseeCode: string) => {
    const name = names.get(inseeCode);
    if (name === undefined)
      throw new DomainError("Une commune choisie n'appartient pas au département de la Caf.", 422);
    return name;
  };
  inseeCodes.forEach(nameOf);
  return nameOf;
}

/**
 * Writes (or replaces, on a correction) what the requester asked for and keeps it as a new version.
 * New facilities the agent already accepted or matched stay: they are part of the catalogue now.
 */
export async function writeRequestContent(tx: Tx, requestId: string, data: HabilitationRequestData, caf: Caf) {
  const facilities = data.type === "STRUCTURES" ? await checkFacilities(tx, data, caf) : [];
  const newFacilities = data.type === "STRUCTURES" ? data.newFacilities : [];
  const communeCodes = data.type === "INFO_POINT" ? data.communes : newFacilities.map((f) => f.communeInsee);
  // Their postcodes were checked with the form (habilitationRequestRules).
  const communeName = await findCommunes(tx, [...new Set(communeCodes)], caf);

  await tx.habilitationRequestPerson.deleteMany({ where: { requestId } });
  await tx.habilitationRequestFacility.deleteMany({ where: { requestId } });
  await tx.habilitationRequestCommune.deleteMany({ where: { requestId } });
  await tx.habilitationRequestNewFacility.deleteMany({ where: { requestId, facilityId: null } });
  const lastPosition = await tx.habilitationRequestNewFacility.aggregate({
    where: { requestId },
    _max: { position: true },
  });
  const firstPosition = (lastPosition._max.position ?? -1) + 1;

  await tx.habilitationRequest.update({
    where: { id: requestId },
    data: {
      ...data.provider,
      infoPointName: data.type === "INFO_POINT" ? data.infoPointName : null,
      people: { create: data.people.map((person, position) => ({ ...person, position })) },
      facilities: data.type === "STRUCTURES" ? { create: data.facilities } : undefined,
      newFacilities: {
        create: newFacilities.map((facility, index) => ({ ...facility, position: firstPosition + index })),
      },
      communes:
        data.type === "INFO_POINT" ? { create: data.communes.map((communeInsee) => ({ communeInsee })) } : undefined,
    },
  });

  const content: RequestVersionContent = {
    provider: data.provider,
    infoPointName: data.type === "INFO_POINT" ? data.infoPointName : null,
    people: data.people,
    facilities,
    newFacilities: newFacilities.map(({ communeInsee, ...facility }) => ({
      ...facility,
      communeName: communeName(communeInsee),
    })),
    communes:
      data.type === "INFO_POINT" ? data.communes.map((code) => ({ inseeCode: code, name: communeName(code) })) : [],
  };
  const versions = await tx.habilitationRequestVersion.count({ where: { requestId } });
  await tx.habilitationRequestVersion.create({
    data: { requestId, number: versions + 1, content },
  });
}
