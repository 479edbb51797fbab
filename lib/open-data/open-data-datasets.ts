import "server-only";
import { stringify } from "csv-stringify/sync";
import { neutraliseFormula } from "@/lib/text/spreadsheet-safe";
import { db } from "@/lib/db";
import { FACILITY_KIND_LABELS } from "@/lib/catalogue/facility-kinds";

// Public open data (no personal data): the open facilities of the catalogue and their current
// availabilities. Column names are a published contract: add columns at the end, never rename.
export const FACILITY_COLUMNS = [
  "id",
  "nom",
  "type_structure",
  "libelle_type",
  "est_eaje",
  "adresse",
  "code_postal",
  "commune",
  "code_insee",
  "departement",
  "capacite",
  "places_disponibles",
  "aucune_place_disponible",
  "disponibilites_mises_a_jour_le",
] as const;
export const AVAILABILITY_COLUMNS = [
  "structure_id",
  "date_debut",
  "date_fin",
  "age_min_mois",
  "age_max_mois",
  "type_accueil",
  "jours",
  "heure_debut",
  "heure_fin",
  "places",
  "publiee_le",
] as const;

export const DATASETS = { structures: FACILITY_COLUMNS, disponibilites: AVAILABILITY_COLUMNS } as const;
export type Dataset = keyof typeof DATASETS;
type Row = Record<string, string | number | boolean | null>;

const BATCH = 2000;
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

async function facilityBatch(afterId: string): Promise<{ rows: Row[]; lastId: string | null }> {
  const facilities = await db.facility.findMany({
    where: { status: "OPEN", id: { gt: afterId } },
    orderBy: { id: "asc" },
    take: BATCH,
    select: {
      id: true,
      name: true,
      kind: true,
      isEaje: true,
      street: true,
      postcode: true,
      communeInsee: true,
      departementCode: true,
      capacity: true,
      hasAvailablePlaces: true,
      availabilitiesUpdatedAt: true,
      commune: { select: { name: true } },
      currentAvailabilityPublication: { select: { noPlaceAvailable: true, withdrawnAt: true } },
    },
  });
  const rows = facilities.map((f) => {
    const publication = f.currentAvailabilityPublication?.withdrawnAt ? null : f.currentAvailabilityPublication;
    return {
      id: f.id,
      nom: f.name,
      type_structure: f.kind,
      libelle_type: FACILITY_KIND_LABELS[f.kind],
      est_eaje: f.isEaje,
      adresse: f.street,
      code_postal: f.postcode,
      commune: f.commune.name,
      code_insee: f.communeInsee,
      departement: f.departementCode,
      capacite: f.capacity,
      places_disponibles: f.isEaje ? Boolean(publication) && f.hasAvailablePlaces : null,
      aucune_place_disponible: publication ? publication.noPlaceAvailable : null,
      disponibilites_mises_a_jour_le: publication ? (f.availabilitiesUpdatedAt?.toISOString() ?? null) : null,
    };
  });
  return { rows, lastId: facilities.at(-1)?.id ?? null };
}

async function availabilityBatch(afterId: string): Promise<{ rows: Row[]; lastId: string | null }> {
  const facilities = await db.facility.findMany({
    where: { status: "OPEN", id: { gt: afterId }, currentAvailabilityPublication: { is: { withdrawnAt: null } } },
    orderBy: { id: "asc" },
    take: BATCH,
    select: {
      id: true,
      currentAvailabilityPublication: {
        select: { publishedAt: true, slots: { orderBy: [{ startDate: "asc" }, { id: "asc" }] } },
      },
    },
  });
  const rows = facilities.flatMap((f) => {
    const publication = f.currentAvailabilityPublication;
    if (!publication) return [];
    return publication.slots.map((slot) => ({
      structure_id: f.id,
      date_debut: day(slot.startDate),
      date_fin: day(slot.endDate),
      age_min_mois: slot.minAgeMonths,
      age_max_mois: slot.maxAgeMonths,
      type_accueil: slot.careType,
      jours: slot.weekdays.join(" "),
      heure_debut: slot.startTime,
      heure_fin: slot.endTime,
      places: slot.places,
      publiee_le: publication.publishedAt.toISOString(),
    }));
  });
  return { rows, lastId: facilities.at(-1)?.id ?? null };
}

/** Streams a dataset batch after batch (keyset pagination), so 60,000 facilities never sit in memory. */
export function openDataStream(dataset: Dataset, format: "csv" | "json"): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const load = dataset === "structures" ? facilityBatch : availabilityBatch;
  const columns = [...DATASETS[dataset]];
  let afterId = "";
  let first = true;
  let done = false;
  return new ReadableStream({
    async pull(controller) {
      if (done) return;
      const { rows, lastId } = await load(afterId);
      let chunk = "";
      if (first) chunk += format === "csv" ? stringify([], { header: true, columns }) : "[";
      if (format === "csv")
        chunk += stringify(rows, {
          columns,
          cast: { boolean: (value) => (value ? "oui" : "non"), string: neutraliseFormula },
        });
      else chunk += rows.map((row, i) => (first && i === 0 ? "" : ",") + JSON.stringify(row)).join("");
      first = false;
      if (!lastId) {
        if (format === "json") chunk += "]";
        done = true;
      } else {
        afterId = lastId;
      }
      controller.enqueue(encoder.encode(chunk));
      if (done) controller.close();
    },
  });
}
