import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyRetentionRules } from "@/lib/jobs/apply-retention-rules";
import { GET as openData } from "@/app/api/donnees-ouvertes/[dataset]/route";

const DAY = 86_400_000;

describe("@hardening retention", () => {
  it("@hardening the purge removes what has expired and nothing else", async () => {
    const now = new Date();
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const email = (status: "SENT" | "FAILED" | "PENDING", days: number) =>
      db.outboxEmail.create({
        data: {
          template: "family-request-acknowledgment",
          to: `famille.${randomUUID().slice(0, 8)}@exemple.fr`,
          subject: "Votre demande d'information DI-47-2026-00001",
          html: "<p>Nérac</p>",
          text: "Nérac",
          status,
          createdAt: ago(days),
          sentAt: status === "SENT" ? ago(days) : null,
        },
      });
    const oldSent = await email("SENT", 31);
    const oldFailed = await email("FAILED", 40);
    const recentSent = await email("SENT", 29);
    const oldPending = await email("PENDING", 40);

    const log = (days: number) =>
      db.connectionLog.create({ data: { event: "LOGIN_FAILURE", identifier: "x@exemple.fr", at: ago(days) } });
    const oldLog = await log(366);
    const recentLog = await log(364);

    const counter = (resetAt: Date, lockedUntil: Date | null = null) =>
      db.rateLimitCounter.create({ data: { key: `test:${randomUUID()}`, count: 3, resetAt, lockedUntil } });
    const expired = await counter(ago(1));
    const live = await counter(new Date(now.getTime() + 60_000));
    const stillWaiting = await counter(ago(1), new Date(now.getTime() + 60_000));

    await applyRetentionRules(now);

    for (const stripped of [oldSent, oldFailed]) {
      const row = await db.outboxEmail.findUniqueOrThrow({ where: { id: stripped.id } });
      expect(row).toMatchObject({ to: "", subject: "", html: "", text: "", template: stripped.template });
      expect(row.status).toBe(stripped.status);
      expect(row.createdAt).toEqual(stripped.createdAt);
    }
    for (const kept of [recentSent, oldPending])
      expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({
        to: kept.to,
        html: kept.html,
      });
    expect(await db.connectionLog.findUnique({ where: { id: oldLog.id } })).toBeNull();
    expect(await db.connectionLog.findUnique({ where: { id: recentLog.id } })).not.toBeNull();
    expect(await db.rateLimitCounter.findUnique({ where: { key: expired.key } })).toBeNull();
    expect(await db.rateLimitCounter.findUnique({ where: { key: live.key } })).not.toBeNull();
    expect(await db.rateLimitCounter.findUnique({ where: { key: stillWaiting.key } })).not.toBeNull();
  });
});

describe("@hardening CSV formulas", () => {
  it("@hardening the open-data CSV neutralises a facility name that a spreadsheet would run", async () => {
    const facility = await db.facility.findFirstOrThrow({ where: { status: "OPEN", departementCode: "39" } });
    const payload = '=HYPERLINK("http://evil.example","Cliquez")';
    await db.facility.update({ where: { id: facility.id }, data: { name: payload } });
    try {
      const csv = await (
        await openData(new Request("http://localhost/api/donnees-ouvertes/structures.csv"), {
          params: Promise.resolve({ dataset: "structures.csv" }),
        })
      ).text();
      const rows = parse<Record<string, string>>(csv, { columns: true });
      const names = rows.map((row) => Object.values(row).join("|"));
      expect(names.some((line) => line.includes(`'${payload}`))).toBe(true);
      expect(rows.some((row) => Object.values(row).some((value) => /^[=+\-@]/.test(value)))).toBe(false);
    } finally {
      await db.facility.update({ where: { id: facility.id }, data: { name: facility.name } });
    }
  });
});
