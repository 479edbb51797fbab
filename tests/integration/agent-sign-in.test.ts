import { randomUUID } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { completeSignInChallenge } from "@/lib/auth/second-factor/complete-sign-in-challenge";
import { beginEnrolmentAtSignIn, confirmEnrolmentAtSignIn } from "@/lib/auth/second-factor/enrol-at-sign-in";
import { saveTotpFactor } from "@/lib/auth/second-factor/save-totp-factor";
import { resetSecondFactor } from "@/lib/admin/reset-second-factor";
import { updateCafSignInRequirements } from "@/lib/admin/update-caf-sign-in-requirements";
import { parseSecondFactorStep } from "@/lib/auth/second-factor/sign-in-steps";
import { AccessDeniedError } from "@/lib/auth/session";
import { sessionUserByEmail } from "../support/users";
import { waitForMail } from "../support/mail";
import { drainAll } from "../support/outbox";
import { currentStep, totpCode } from "../support/second-factor";
import { thrownError } from "../support/errors";

const mailDir = inject("mailDir");
const PASSWORD = "Agent-secure-2026";
// A Caf no other test file uses, so its requirement settings cannot disturb them.
const CAF_DEPARTEMENT = "88";
const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const request = () => ({
  ip: `203.0.113.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 4)}`,
  userAgent: "vitest",
});

async function createStaff(role: "CNAF_ADMIN" | "CAF_AGENT", options: { secret?: string } = {}) {
  const caf =
    role === "CAF_AGENT" ? await db.caf.findUniqueOrThrow({ where: { departementCode: CAF_DEPARTEMENT } }) : null;
  const email = `staff.${randomUUID().slice(0, 8)}@exemple.fr`;
  const user = await db.user.create({
    data: {
      email,
      firstName: "Aurore",
      lastName: "Essai",
      role,
      cafId: caf?.id ?? null,
      passwordHash: await hashPassword(PASSWORD),
      mustChangePassword: false,
    },
  });
  const recoveryCodes = options.secret
    ? await db.$transaction((tx) => saveTotpFactor(tx, user.id, options.secret!, currentStep() - 5))
    : [];
  return { user, email, recoveryCodes };
}

/** The password step: returns the challenge the login form would get instead of a session. */
async function passwordStep(email: string, req = request()) {
  const error = await authenticate({ email, password: PASSWORD }, req).then((user) => {
    throw new Error(`a session was opened for ${user?.email} without a second factor`);
  }, thrownError);
  const step = parseSecondFactorStep(error.message);
  expect(step, error.message).not.toBeNull();
  return step!;
}

describe("@agent-sign-in TOTP second factor", () => {
  it("@agent-sign-in an administrator enrols after the password (QR code, manual key, ten recovery codes stored hashed) before any session", async () => {
    const { user, email } = await createStaff("CNAF_ADMIN");
    const step = await passwordStep(email);
    expect(step.kind).toBe("enrolment");
    // Without the factor, the challenge alone opens nothing.
    await expect(completeSignInChallenge({ challenge: step.challenge }, request())).rejects.toThrow(
      "SecondFactorExpired",
    );

    const started = await beginEnrolmentAtSignIn(step.challenge);
    if (!started.ok) throw new Error(started.message);
    expect(started.enrolment.qrCodeSvg).toContain("<svg");
    expect(started.enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/monenfant\.fr:/);
    const secret = started.enrolment.manualKey.replace(/\s/g, "");
    expect(started.enrolment.otpauthUri).toContain(`secret=${secret}`);
    // Asked again (a re-rendered form), the same key comes back.
    expect(await beginEnrolmentAtSignIn(step.challenge)).toEqual(started);

    const wrong = await confirmEnrolmentAtSignIn({ challenge: step.challenge, code: "000000" }, request());
    expect(wrong).toMatchObject({ ok: false, message: expect.stringContaining("Code incorrect") });
    const confirmed = await confirmEnrolmentAtSignIn(
      { challenge: step.challenge, code: totpCode(secret, currentStep()) },
      request(),
    );
    if (!confirmed.ok) throw new Error(confirmed.message);
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.recoveryCodes).size).toBe(10);
    const stored = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    for (const code of confirmed.recoveryCodes) {
      expect(stored.map((row) => row.codeHash)).not.toContain(code);
      expect(JSON.stringify(stored)).not.toContain(code);
    }
    const factor = await db.totpFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(factor.secretCiphertext).not.toContain(secret);

    expect(await completeSignInChallenge({ challenge: step.challenge }, request())).toMatchObject({ id: user.id });
    // The challenge opens one session only.
    await expect(completeSignInChallenge({ challenge: step.challenge }, request())).rejects.toThrow(
      "SecondFactorExpired",
    );
    const log = await db.connectionLog.findMany({ where: { userId: user.id }, orderBy: { at: "asc" } });
    expect(log.map((entry) => [entry.event, entry.method])).toEqual([
      ["SECOND_FACTOR_FAILURE", null],
      ["SECOND_FACTOR_ENROLLED", null],
      ["LOGIN_SUCCESS", "PASSWORD_TOTP"],
    ]);
  });

  it("@agent-sign-in a valid code opens the session once; a reused or wrong code is refused", async () => {
    const { user, email } = await createStaff("CNAF_ADMIN", { secret: SECRET });
    const code = totpCode(SECRET, currentStep());
    const first = await passwordStep(email);
    expect(first.kind).toBe("code");
    await expect(completeSignInChallenge({ challenge: first.challenge, code: "123456" }, request())).rejects.toThrow(
      "SecondFactorInvalid",
    );
    expect(await completeSignInChallenge({ challenge: first.challenge, code }, request())).toMatchObject({
      id: user.id,
      role: "CNAF_ADMIN",
    });

    const second = await passwordStep(email);
    await expect(completeSignInChallenge({ challenge: second.challenge, code }, request())).rejects.toThrow(
      "SecondFactorInvalid",
    );
    // A code of an older step than the last accepted one is refused too.
    await expect(
      completeSignInChallenge({ challenge: second.challenge, code: totpCode(SECRET, currentStep() - 1) }, request()),
    ).rejects.toThrow("SecondFactorInvalid");
    const success = await db.connectionLog.findFirstOrThrow({ where: { userId: user.id, event: "LOGIN_SUCCESS" } });
    expect(success.method).toBe("PASSWORD_TOTP");
  });

  it("@agent-sign-in each recovery code works once", async () => {
    const { user, email, recoveryCodes } = await createStaff("CNAF_ADMIN", { secret: SECRET });
    const first = await passwordStep(email);
    // Typed in lower case without its dash: still the same code.
    const typed = recoveryCodes[3]!.toLowerCase().replace("-", "");
    expect(await completeSignInChallenge({ challenge: first.challenge, code: typed }, request())).toMatchObject({
      id: user.id,
    });
    const second = await passwordStep(email);
    await expect(
      completeSignInChallenge({ challenge: second.challenge, code: recoveryCodes[3] }, request()),
    ).rejects.toThrow("SecondFactorInvalid");
    expect(
      await completeSignInChallenge({ challenge: second.challenge, code: recoveryCodes[4] }, request()),
    ).toMatchObject({ id: user.id });
    expect(await db.recoveryCode.count({ where: { userId: user.id, usedAt: { not: null } } })).toBe(2);
    const methods = await db.connectionLog.findMany({ where: { userId: user.id, event: "LOGIN_SUCCESS" } });
    expect(methods.map((entry) => entry.method)).toEqual(["PASSWORD_RECOVERY_CODE", "PASSWORD_RECOVERY_CODE"]);
  });

  it("@agent-sign-in wrong codes are throttled like the password: growing delays, then the password and a captcha again", async () => {
    const { user, email } = await createStaff("CNAF_ADMIN", { secret: SECRET });
    const req = request();
    const answer = (challenge: string, code: string) => completeSignInChallenge({ challenge, code }, req);
    // Stands for the seconds the delay lasts.
    const delayOver = () =>
      db.rateLimitCounter.update({ where: { key: `login:pair:${email}|${req.ip}` }, data: { lockedUntil: null } });
    const first = await passwordStep(email, req);
    for (let i = 0; i < 3; i++)
      await expect(answer(first.challenge, `10000${i}`)).rejects.toThrow("SecondFactorInvalid");
    // From the third failure on, not even the right code is checked before the delay is over.
    await expect(answer(first.challenge, totpCode(SECRET, currentStep()))).rejects.toThrow(/^SignInDelayed:\d+$/);
    await delayOver();
    await expect(answer(first.challenge, "100003")).rejects.toThrow("SecondFactorInvalid");
    await delayOver();
    const second = await passwordStep(email, req);
    await delayOver();
    await expect(answer(second.challenge, "100004")).rejects.toThrow("SecondFactorInvalid");
    await delayOver();
    // Five failures: the code step ends, and the password is asked again with a captcha.
    await expect(answer(second.challenge, totpCode(SECRET, currentStep()))).rejects.toThrow("CaptchaRequired");
    await expect(answer(second.challenge, totpCode(SECRET, currentStep()))).rejects.toThrow("SecondFactorExpired");
    await expect(authenticate({ email, password: PASSWORD }, req)).rejects.toThrow("CaptchaRequired");
    const events = await db.connectionLog.findMany({ where: { userId: user.id }, select: { event: true } });
    expect(events.filter((e) => e.event === "SECOND_FACTOR_FAILURE").length).toBe(7);
    expect(events.filter((e) => e.event === "ACCOUNT_LOCKED").length).toBe(1);
    expect(events.some((e) => e.event === "LOGIN_SUCCESS")).toBe(false);
  });

  it("@agent-sign-in a Caf that requires it makes its agents enrol; other agents keep the password alone", async () => {
    const admin = await sessionUserByEmail("admin.cnaf@demo.monenfant.fr");
    const caf = await db.caf.findUniqueOrThrow({ where: { departementCode: CAF_DEPARTEMENT } });
    const { email } = await createStaff("CAF_AGENT");
    // Requiring ProConnect while it is not configured (as here) locks nobody out.
    await updateCafSignInRequirements(admin, caf.id, { requireProConnect: "on" });
    expect(await authenticate({ email, password: PASSWORD }, request())).toMatchObject({ email, role: "CAF_AGENT" });
    await updateCafSignInRequirements(admin, caf.id, { requireSecondFactor: "on" });
    try {
      expect((await passwordStep(email)).kind).toBe("enrolment");
      const audit = await db.auditEvent.findFirstOrThrow({
        where: { action: "caf.sign-in-requirements", entityId: caf.id },
        orderBy: { at: "desc" },
      });
      expect(audit.data).toMatchObject({ to: { requireSecondFactor: true, requireProConnect: false } });
      const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
      await expect(updateCafSignInRequirements(agent, caf.id, { requireSecondFactor: "off" })).rejects.toBeInstanceOf(
        AccessDeniedError,
      );
    } finally {
      await updateCafSignInRequirements(admin, caf.id, {});
    }
  });

  it("@agent-sign-in the Cnaf resets an agent's factor: audited, logged, the agent e-mailed; another role is refused", async () => {
    const { user, email } = await createStaff("CAF_AGENT", { secret: SECRET });
    const admin = await sessionUserByEmail("admin.cnaf@demo.monenfant.fr");
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    await expect(resetSecondFactor(agent, user.id, { reason: "Téléphone perdu" })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(resetSecondFactor(admin, user.id, {})).rejects.toThrow();
    expect(await db.totpFactor.count({ where: { userId: user.id } })).toBe(1);

    await resetSecondFactor(admin, user.id, { reason: "Téléphone perdu" });
    expect(await db.totpFactor.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "user.second-factor-reset", entityId: user.id },
    });
    expect(audit).toMatchObject({ actorId: admin.id, reason: "Téléphone perdu" });
    expect(await db.connectionLog.count({ where: { userId: user.id, event: "SECOND_FACTOR_RESET" } })).toBe(1);
    await drainAll();
    const mail = await waitForMail(mailDir, (message) => message.to.includes(email));
    expect(mail.subject).toContain("second facteur a été réinitialisé");
    // The agent's Caf does not require a factor: the password alone works again.
    expect(await authenticate({ email, password: PASSWORD }, request())).toMatchObject({ id: user.id });
    await expect(resetSecondFactor(admin, user.id, { reason: "Encore" })).rejects.toThrow("pas de second facteur");
  });
});
