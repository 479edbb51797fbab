import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitHabilitationRequest } from "@/lib/habilitation/submit-habilitation-request";
import { startReview } from "@/lib/habilitation/start-review";
import { generateConvention } from "@/lib/habilitation/generate-convention";
import { recordConventionSending } from "@/lib/habilitation/record-convention-sending";
import { activateConvention } from "@/lib/habilitation/activate-convention";
import { getHabilitationRequest } from "@/lib/habilitation/get-habilitation-request";
import { hashPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/auth/authenticate";
import { isoDay } from "@/lib/validation/dates";
import { sessionUserByEmail } from "../support/users";
import { providerDetails } from "../support/habilitation-fixtures";
import { signByBothParties } from "../support/conventions";
import { solvedCaptcha } from "../support/captcha";
import { thrownError } from "../support/errors";

const request = { ip: "198.51.100.24", userAgent: "vitest" };

describe("@hardening granting accounts", () => {
  it("@hardening a public request naming a deactivated Caf agent is flagged, then refused at activation, and the agent stays out", async () => {
    const otherCaf = await db.caf.findFirstOrThrow({ where: { departementCode: "39" } });
    const formerAgent = await db.user.create({
      data: {
        email: `ancien.agent.${Date.now()}@caf39.example.fr`,
        firstName: "Octave",
        lastName: "Ancien",
        role: "CAF_AGENT",
        cafId: otherCaf.id,
        passwordHash: await hashPassword("Ancien-mot-de-passe-2026"),
        mustChangePassword: false,
        active: false,
        deactivatedAt: new Date(),
      },
    });
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const facility = await db.facility.findFirstOrThrow({ where: { departementCode: "47", status: "OPEN" } });
    const submitted = await submitHabilitationRequest(
      {
        type: "STRUCTURES",
        provider: providerDetails(),
        departementCode: "47",
        people: [
          {
            firstName: "Octave",
            lastName: "Ancien",
            email: formerAgent.email.toUpperCase(),
            jobTitle: "Directeur",
          },
        ],
        facilities: [{ facilityId: facility.id, operatingInfo: true, availabilities: false }],
      },
      request,
    );

    const detail = await getHabilitationRequest(agent, submitted.id);
    expect(detail.accountConflicts).toEqual([
      { email: formerAgent.email, message: expect.stringContaining("déjà celle d'un agent de Caf") },
    ]);

    await startReview(agent, submitted.id);
    await generateConvention(agent, submitted.id);
    await recordConventionSending(agent, submitted.id, { sentOn: isoDay(new Date()) });
    await signByBothParties(agent, submitted.id);
    await expect(activateConvention(agent, submitted.id, { paperCopyOnFile: true })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining(formerAgent.email),
    });

    const after = await db.user.findUniqueOrThrow({ where: { id: formerAgent.id } });
    expect(after).toMatchObject({ active: false, role: "CAF_AGENT", cafId: otherCaf.id });
    expect(after.passwordHash).toBe(formerAgent.passwordHash);
    expect(await db.convention.findUniqueOrThrow({ where: { requestId: submitted.id } })).toMatchObject({
      status: "SIGNED",
    });
    expect(await db.outboxEmail.count({ where: { to: formerAgent.email } })).toBe(0);
  });

  it("@hardening an information point person cannot be turned into a facility partner, nor an administrator into anything", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const facility = await db.facility.findFirstOrThrow({ where: { departementCode: "47", status: "OPEN" } });
    const submitted = await submitHabilitationRequest(
      {
        type: "STRUCTURES",
        provider: providerDetails(),
        departementCode: "47",
        people: [
          { firstName: "Rose", lastName: "Point", email: "rpe.lavardac@demo.monenfant.fr", jobTitle: "Animatrice" },
          { firstName: "Alix", lastName: "Cnaf", email: "admin.cnaf@demo.monenfant.fr", jobTitle: "Directrice" },
        ],
        facilities: [{ facilityId: facility.id, operatingInfo: true, availabilities: false }],
      },
      request,
    );
    const detail = await getHabilitationRequest(agent, submitted.id);
    expect(detail.accountConflicts.map((c) => c.email)).toEqual([
      "admin.cnaf@demo.monenfant.fr",
      "rpe.lavardac@demo.monenfant.fr",
    ]);
    expect(detail.accountConflicts[0]!.message).toContain("administrateur de la Cnaf");
    expect(detail.accountConflicts[1]!.message).toContain("lieu d'information");
  });
});

async function createAgent(password: string) {
  const caf = await db.caf.findFirstOrThrow({ where: { departementCode: "47" } });
  const email = `agent.${randomUUID().slice(0, 8)}@caf47.example.fr`;
  const user = await db.user.create({
    data: {
      email,
      firstName: "Solène",
      lastName: "Visée",
      role: "CAF_AGENT",
      cafId: caf.id,
      passwordHash: await hashPassword(password),
      mustChangePassword: false,
    },
  });
  return { user, email };
}

const address = () => ({ ip: `203.0.113.${randomUUID().slice(0, 8)}`, userAgent: "vitest" });

/** Lets the delay of one identifier from one address run out, as the clock would. */
async function skipDelay(email: string, ip: string) {
  await db.rateLimitCounter.updateMany({ where: { key: `login:pair:${email}|${ip}` }, data: { lockedUntil: null } });
}

describe("@hardening failed sign-ins slow down, never lock out", () => {
  it("@hardening an attacker failing sign-ins for an agent from rotating addresses does not stop the agent", async () => {
    const { email } = await createAgent("Bon-mot-de-passe-2026");
    for (let i = 0; i < 40; i++) {
      await authenticate({ email, password: `Essai-${i}` }, address()).catch((error: unknown) => {
        expect(thrownError(error).message).toBe("CaptchaRequired");
      });
    }
    const agentDesk = address();
    // Every address now gets a captcha for this identifier, but no wait: the agent solves it and gets in.
    await expect(authenticate({ email, password: "Bon-mot-de-passe-2026" }, agentDesk)).rejects.toThrow(
      "CaptchaRequired",
    );
    expect(
      await authenticate({ email, password: "Bon-mot-de-passe-2026", captcha: await solvedCaptcha() }, agentDesk),
    ).toMatchObject({ email, role: "CAF_AGENT" });
  });

  it("@hardening one address is slowed down, then asked a captcha; the right password with it signs in", async () => {
    const { user, email } = await createAgent("Bon-mot-de-passe-2026");
    const desk = address();
    expect(await authenticate({ email, password: "Faux-1" }, desk)).toBeNull();
    expect(await authenticate({ email, password: "Faux-2" }, desk)).toBeNull();
    expect(await authenticate({ email, password: "Faux-3" }, desk)).toBeNull();
    // From the third failure, the next attempt must wait (even with the right password: it is not checked).
    await expect(authenticate({ email, password: "Bon-mot-de-passe-2026" }, desk)).rejects.toThrow(
      /^SignInDelayed:[12]$/,
    );
    // Another address is not slowed down by this one.
    expect(await authenticate({ email, password: "Bon-mot-de-passe-2026" }, address())).toMatchObject({ email });
    await skipDelay(email, desk.ip);
    expect(await authenticate({ email, password: "Faux-4" }, desk)).toBeNull();
    await expect(authenticate({ email, password: "Faux-4" }, desk)).rejects.toThrow(/^SignInDelayed:[34]$/);
    await skipDelay(email, desk.ip);
    // The fifth failure says a captcha is needed from now on.
    await expect(authenticate({ email, password: "Faux-5" }, desk)).rejects.toThrow("CaptchaRequired");
    await skipDelay(email, desk.ip);
    await expect(authenticate({ email, password: "Bon-mot-de-passe-2026" }, desk)).rejects.toThrow("CaptchaRequired");
    await expect(
      authenticate({ email, password: "Bon-mot-de-passe-2026", captcha: "eyJ4IjoxfQ==" }, desk),
    ).rejects.toThrow("CaptchaRequired");
    expect(
      await authenticate({ email, password: "Bon-mot-de-passe-2026", captcha: await solvedCaptcha() }, desk),
    ).toMatchObject({
      email,
    });
    expect(await db.rateLimitCounter.count({ where: { key: `login:pair:${email}|${desk.ip}` } })).toBe(0);
    const events = await db.connectionLog.findMany({ where: { userId: user.id }, orderBy: { at: "asc" } });
    expect(events.filter((e) => e.event === "ACCOUNT_LOCKED")).toHaveLength(1);
  });

  it("@hardening unknown identifiers meet the same delays and captcha, so they reveal nothing", async () => {
    const email = `inconnu.${randomUUID().slice(0, 8)}@exemple.fr`;
    const desk = address();
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i++) {
      await skipDelay(email, desk.ip);
      outcomes.push(
        await authenticate({ email, password: "Faux-mot-2026" }, desk).then(
          (result) => JSON.stringify(result),
          (error: unknown) => thrownError(error).message,
        ),
      );
    }
    expect(outcomes).toEqual(["null", "null", "null", "null", "CaptchaRequired", "CaptchaRequired"]);
  });
});
