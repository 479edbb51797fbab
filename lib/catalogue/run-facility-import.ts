import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isEajeKind } from "./facility-kinds";
import {
  COMPARED_FIELDS,
  countActions,
  FACILITY_IMPORT_JOB_KIND,
  IMPORT_LOCK_MS,
  type FacilityImportPayload,
  type ImportRow,
} from "./facility-import-job";

const BATCH_SIZE = 500;
// Thousands of lines in one transaction: far above Prisma's 5 s default.
const TRANSACTION_TIMEOUT_MS = 15 * 60_000;

const columns = (names: readonly string[]) => Prisma.raw(names.map((name) => `"${name}"`).join(", "));
// A line without a precise point stands at its commune's point: PostgreSQL's trigger puts that point in the
// proposed row before the conflict check, so EXCLUDED compares like the stored row.
const WRITTEN_FIELDS = [...COMPARED_FIELDS, "locationIsPrecise"];
const CHANGED = Prisma.raw(
  `(${WRITTEN_FIELDS.map((field) => `"Facility"."${field}"`).join(", ")}) IS DISTINCT FROM (${WRITTEN_FIELDS.map((field) => `EXCLUDED."${field}"`).join(", ")})`,
);
const UPDATE_SET = Prisma.raw(
  [...WRITTEN_FIELDS, "isEaje", "updatedByPersonalId", "updatedAt"]
    .map((field) => `"${field}" = EXCLUDED."${field}"`)
    .join(", "),
);

// One INSERT … ON CONFLICT per batch, keyed on (cafId, externalId): a line equal to the catalogue
// entry is left untouched (no new updatedAt, no audit), so importing the same file twice changes nothing.
async function upsertBatch(
  tx: Tx,
  rows: ImportRow[],
  cafId: string,
  departementCode: string,
  personalNumber: number,
  now: Date,
) {
  const values = rows.map(
    (
      row,
    ) => Prisma.sql`(${randomUUID()}, ${row.externalId}, ${row.kind}::"FacilityKind", ${isEajeKind(row.kind)}, ${row.name}, ${row.street}, ${row.postcode},
      ${row.communeInsee}, ${departementCode}, ${cafId}, ${row.managerName}, ${row.contactEmail}, ${row.contactPhone}, ${row.website}, ${row.capacity}::int,
      ${row.latitude}::float8, ${row.longitude}::float8, ${row.latitude !== null}, ${personalNumber}::int, ${personalNumber}::int, ${now})`,
  );
  return tx.$queryRaw<{ id: string; externalId: string; inserted: boolean }[]>`
    INSERT INTO "Facility" (${columns(["id", "externalId", "kind", "isEaje", "name", "street", "postcode", "communeInsee", "departementCode", "cafId", "managerName", "contactEmail", "contactPhone", "website", "capacity", "latitude", "longitude", "locationIsPrecise", "createdByPersonalId", "updatedByPersonalId", "updatedAt"])})
    VALUES ${Prisma.join(values)}
    ON CONFLICT ("cafId", "externalId") DO UPDATE SET ${UPDATE_SET} WHERE ${CHANGED}
    RETURNING id, "externalId", (xmax = 0) AS inserted`;
}

async function reportProgress(jobId: string, processed: number) {
  await db.$executeRaw`UPDATE "Job" SET payload = jsonb_set(payload, '{processed}', to_jsonb(${processed}::int)), "lockedUntil" = ${new Date(Date.now() + IMPORT_LOCK_MS)} WHERE id = ${jobId}`;
}

/**
 * Runs a confirmed import, all or nothing: every line is written in one transaction (batched
 * upserts), with one audit event per created or changed facility carrying the agent's personal
 * number. Progress goes to the job row outside the transaction so that any instance can show it.
 * On failure nothing is written and the job says why.
 */
export async function runFacilityImport(jobId: string) {
  const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
  if (job.kind !== FACILITY_IMPORT_JOB_KIND || job.status !== "RUNNING") return;
  const payload = job.payload as FacilityImportPayload;
  const actor = {
    id: payload.startedById ?? null,
    personalNumber: payload.startedByPersonalNumber ?? payload.uploadedByPersonalNumber,
  };
  try {
    await db.$transaction(
      async (tx) => {
        // Two imports for the same Caf would race on the same identifiers: run them one after the other.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`facility-import:${payload.cafId}`}))`;
        const caf = await tx.caf.findUniqueOrThrow({ where: { id: payload.cafId }, select: { departementCode: true } });
        const now = new Date();
        const changedIds = new Map<string, "create" | "update">();
        for (let start = 0; start < payload.rows.length; start += BATCH_SIZE) {
          const batch = payload.rows.slice(start, start + BATCH_SIZE);
          const written = await upsertBatch(tx, batch, payload.cafId, caf.departementCode, actor.personalNumber, now);
          // Bulk audit rows (recordAuditEvent writes one at a time): same fields, one statement per batch.
          await tx.auditEvent.createMany({
            data: written.map((row) => ({
              actorId: actor.id,
              actorPersonalNumber: actor.personalNumber,
              cafId: payload.cafId,
              action: row.inserted ? "facility.create" : "facility.update",
              entityType: "Facility",
              entityId: row.id,
              data: { importJobId: jobId, externalId: row.externalId },
            })),
          });
          for (const row of written) changedIds.set(row.externalId, row.inserted ? "create" : "update");
          await reportProgress(jobId, Math.min(start + BATCH_SIZE, payload.rows.length));
        }
        const rows = payload.rows.map((row) => ({
          ...row,
          action: changedIds.get(row.externalId) ?? ("unchanged" as const),
        }));
        const counts = countActions(rows);
        await tx.auditEvent.create({
          data: {
            actorId: actor.id,
            actorPersonalNumber: actor.personalNumber,
            cafId: payload.cafId,
            action: "facility.import",
            entityType: "Job",
            entityId: jobId,
            data: { fileName: payload.fileName, ...counts },
          },
        });
        await tx.job.update({
          where: { id: jobId },
          data: {
            status: "DONE",
            finishedAt: new Date(),
            lockedUntil: null,
            payload: { ...payload, rows, counts, processed: rows.length },
          },
        });
      },
      { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
    );
  } catch (error) {
    console.error("[catalogue import]", jobId, error);
    await db.job.update({
      where: { id: jobId },
      data: {
        status: "FAILED",
        finishedAt: new Date(),
        lockedUntil: null,
        lastError:
          "L'import n'a pas pu aboutir ; aucune structure n'a été créée ni modifiée. Relancez-le ou déposez le fichier de nouveau.",
      },
    });
    await reportProgress(jobId, 0);
  }
}
