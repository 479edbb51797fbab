import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { searchableText } from "@/lib/text/normalize";
import {
  communeProblem,
  externalIdSchema,
  facilityFieldsSchema,
  type CommuneRef,
  type FacilityFields,
} from "./facility-schema";
import { IMPORT_MAX_BYTES, parseFacilityCsv, type CsvRecord } from "./parse-facility-csv";
import { targetCafOf } from "./find-facility-in-scope";
import { departementBox, locationProblem, preciseLocationOf, type DepartementBox } from "./facility-location";
import {
  COMPARED_FIELDS,
  countActions,
  FACILITY_IMPORT_JOB_KIND,
  NOT_SCHEDULED,
  type FacilityImportPayload,
  type ImportLineError,
  type ImportRow,
} from "./facility-import-job";

const ACCEPTED_TYPES = new Set(["", "text/csv", "text/plain", "application/csv", "application/vnd.ms-excel"]);

const lineSchema = facilityFieldsSchema.extend({ externalId: externalIdSchema });

type Communes = {
  byInsee: Map<string, CommuneRef>;
  byNameAndPostcode: Map<string, CommuneRef[]>;
  box: DepartementBox | null;
};

async function loadCommunes(departementCode: string): Promise<Communes> {
  const communes = await db.commune.findMany({
    where: { departementCode },
    select: { inseeCode: true, name: true, postcodes: true, departementCode: true, searchName: true },
  });
  const byNameAndPostcode = new Map<string, CommuneRef[]>();
  for (const commune of communes) {
    for (const postcode of commune.postcodes) {
      const key = `${commune.searchName}|${postcode}`;
      byNameAndPostcode.set(key, [...(byNameAndPostcode.get(key) ?? []), commune]);
    }
  }
  return {
    byInsee: new Map(communes.map((commune) => [commune.inseeCode, commune])),
    byNameAndPostcode,
    box: await departementBox(departementCode),
  };
}

// A file may give the commune by name instead of its INSEE code: resolved with the postcode.
function withCommuneCode(values: CsvRecord["values"], communes: Communes): CsvRecord["values"] | string {
  if (values.communeInsee || !values.communeName) return values;
  const matches =
    communes.byNameAndPostcode.get(`${searchableText(values.communeName)}|${values.postcode ?? ""}`) ?? [];
  const [onlyMatch] = matches;
  if (onlyMatch && matches.length === 1) return { ...values, communeInsee: onlyMatch.inseeCode };
  return matches.length === 0
    ? `Commune inconnue : « ${values.communeName} » avec le code postal ${values.postcode || "(vide)"} n'est pas dans la liste officielle du département.`
    : `Commune ambiguë : plusieurs communes « ${values.communeName} » ; indiquez le code INSEE.`;
}

function validateLine(
  record: CsvRecord,
  communes: Communes,
  departementCode: string,
): { fields: FacilityFields & { externalId: string } } | { reason: string } {
  if (record.columnCountProblem) return { reason: record.columnCountProblem };
  const values = withCommuneCode(record.values, communes);
  if (typeof values === "string") return { reason: values };
  const parsed = lineSchema.safeParse(values);
  if (!parsed.success) return { reason: [...new Set(parsed.error.issues.map((issue) => issue.message))].join(" ; ") };
  const problem =
    communeProblem(communes.byInsee.get(parsed.data.communeInsee), parsed.data, departementCode) ??
    locationProblem(parsed.data, communes.box, departementCode);
  return problem ? { reason: problem } : { fields: parsed.data };
}

function checkFile(file: unknown): File {
  if (!(file instanceof File) || file.size === 0)
    throw new z.ZodError([
      { code: "custom", path: ["file"], message: "Choisissez un fichier CSV non vide.", input: null },
    ]);
  if (!file.name.toLowerCase().endsWith(".csv") || !ACCEPTED_TYPES.has(file.type)) {
    throw new z.ZodError([
      { code: "custom", path: ["file"], message: "Le fichier doit être au format CSV (extension .csv).", input: null },
    ]);
  }
  if (file.size > IMPORT_MAX_BYTES) {
    throw new z.ZodError([
      {
        code: "custom",
        path: ["file"],
        message: `Le fichier dépasse ${IMPORT_MAX_BYTES / 1024 / 1024} Mo : découpez-le en plusieurs fichiers.`,
        input: null,
      },
    ]);
  }
  return file;
}

/**
 * Dry run of a CSV import: every line is checked (kind, commune from the official list and in the
 * Caf's département, postcode of that commune, duplicates in the file) and compared with the
 * catalogue, without writing any facility. The outcome is kept in a Job row for the import itself.
 */
export async function previewFacilityImport(actor: SessionUser, input: { cafId?: unknown; file: unknown }) {
  const file = checkFile(input.file);
  const caf = await targetCafOf(actor, input.cafId);
  const records = parseFacilityCsv(new Uint8Array(await file.arrayBuffer()));
  if (records.length === 0)
    throw new DomainError("Le fichier ne contient aucune ligne de structure sous la ligne d'en-tête.", 422);
  const communes = await loadCommunes(caf.departementCode);

  const errors: ImportLineError[] = [];
  const valid: (FacilityFields & { externalId: string; line: number })[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of records) {
    const outcome = validateLine(record, communes, caf.departementCode);
    const externalId = record.values.externalId ?? "";
    const duplicateOf = externalId ? firstLineOf.get(externalId.toLowerCase()) : undefined;
    if (externalId && duplicateOf === undefined) firstLineOf.set(externalId.toLowerCase(), record.line);
    const reason =
      duplicateOf !== undefined
        ? `Doublon : l'identifiant ${externalId} figure déjà ligne ${duplicateOf}.`
        : "reason" in outcome
          ? outcome.reason
          : null;
    if (reason || !("fields" in outcome))
      errors.push({ line: record.line, externalId, name: record.values.name ?? "", reason: reason ?? "" });
    else valid.push({ ...outcome.fields, line: record.line });
  }

  const existing = await db.facility.findMany({
    where: { cafId: caf.id, externalId: { in: valid.map((row) => row.externalId) } },
    select: {
      externalId: true,
      kind: true,
      name: true,
      street: true,
      postcode: true,
      communeInsee: true,
      managerName: true,
      contactEmail: true,
      contactPhone: true,
      website: true,
      capacity: true,
      latitude: true,
      longitude: true,
      locationIsPrecise: true,
    },
  });
  const existingById = new Map(existing.map((row) => [row.externalId, { ...row, ...preciseLocationOf(row) }]));
  const rows: ImportRow[] = valid.map((row) => {
    const current = existingById.get(row.externalId);
    const action = !current
      ? "create"
      : COMPARED_FIELDS.every((field) => current[field] === row[field])
        ? "unchanged"
        : "update";
    return { ...row, action };
  });

  const payload: FacilityImportPayload = {
    cafId: caf.id,
    fileName: file.name.slice(0, 200),
    uploadedByPersonalNumber: actor.personalNumber,
    lineCount: records.length,
    rows,
    errors,
    processed: 0,
    counts: countActions(rows),
  };
  const job = await db.job.create({
    data: { kind: FACILITY_IMPORT_JOB_KIND, payload, status: "PENDING", runAt: NOT_SCHEDULED },
    select: { id: true },
  });
  return { jobId: job.id, errorCount: errors.length, counts: payload.counts };
}
