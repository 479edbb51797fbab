import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { suspendHabilitatedPerson } from "@/lib/conventions/suspend-habilitated-person";
import { partnerFacilityWhere } from "@/lib/portal/facility-permissions";
import { sessionUserByEmail } from "../support/users";
import { facilitiesOf } from "../support/habilitation-fixtures";
import { activeConvention } from "../support/conventions";

describe("@legal leavers", () => {
  it("@legal a leaver reported by a colleague is suspended at once: account off, sessions ended, the Caf told; other scopes refused", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const facilities = await facilitiesOf("47", 1);
    const { conventionId, team } = await activeConvention(agent, `leave${Date.now()}`, {
      type: "STRUCTURES",
      facilityIds: [facilities[0].id],
    });
    const [reporter, leaver] = await Promise.all(team.map((p) => sessionUserByEmail(p.email)));
    const leaverRow = await db.conventionPerson.findFirstOrThrow({ where: { conventionId, email: leaver.email } });
    const before = await db.user.findUniqueOrThrow({ where: { id: leaver.id } });

    const juraAgent = await sessionUserByEmail("agent.caf39@demo.monenfant.fr");
    await expect(
      suspendHabilitatedPerson(juraAgent, { conventionPersonId: leaverRow.id, reason: "Départ" }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      suspendHabilitatedPerson(reporter, { conventionPersonId: leaverRow.id, reason: "" }),
    ).rejects.toThrow();

    const result = await suspendHabilitatedPerson(reporter, {
      conventionPersonId: leaverRow.id,
      reason: "Départ de la structure le 30 novembre",
    });
    expect(result.accountDeactivated).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: leaver.id } });
    expect(after.active).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    const row = await db.conventionPerson.findUniqueOrThrow({ where: { id: leaverRow.id } });
    expect(row).toMatchObject({
      suspendedById: reporter.id,
      suspensionReason: "Départ de la structure le 30 novembre",
    });
    expect(row.removedAt).toBeNull(); // removal from the annex waits for the avenant
    const reachable = (userId: string) =>
      db.facility.count({ where: { id: facilities[0].id, ...partnerFacilityWhere(userId, "operatingInfo") } });
    expect(await reachable(leaver.id)).toBe(0);
    expect(await reachable(reporter.id)).toBe(1);
    const mail = await db.outboxEmail.findFirst({
      where: {
        template: "leaver-reported",
        subject: { contains: (await db.convention.findUniqueOrThrow({ where: { id: conventionId } })).number },
      },
    });
    expect(mail?.to).toBe("partenaires.caf47@demo.monenfant.fr");
    await expect(
      suspendHabilitatedPerson(agent, { conventionPersonId: leaverRow.id, reason: "Encore" }),
    ).rejects.toMatchObject({ status: 409 });
    // A suspended person cannot report others any more.
    await expect(
      suspendHabilitatedPerson(leaver, { conventionPersonId: leaverRow.id, reason: "Départ" }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
