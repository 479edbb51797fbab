import { randomUUID } from "node:crypto";
import { createChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { describe, expect, inject, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import { changePassword } from "@/lib/auth/change-password";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import { consumeCaptcha, createCaptchaChallenge } from "@/lib/auth/captcha";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { listCafConnectionLog } from "@/lib/auth/list-caf-connection-log";
import { hashPassword } from "@/lib/auth/password";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { waitForMail } from "../support/mail";
import { drainAll } from "../support/outbox";
import { solveCaptcha, solvedCaptcha } from "../support/captcha";

const mailDir = inject("mailDir");
const uniqueIp = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 4)}`;

async function createPerson(password: string, data: { mustChangePassword?: boolean } = {}) {
  const email = `personne.${randomUUID().slice(0, 8)}@exemple.fr`;
  const user = await db.user.create({
    data: {
      email,
      firstName: "Capucine",
      lastName: "Essai",
      role: "PROVIDER_USER",
      passwordHash: await hashPassword(password),
      mustChangePassword: data.mustChangePassword ?? false,
    },
  });
  return { user, email };
}

async function sessionUser(id: string): Promise<SessionUser> {
  const {
    active: _a,
    sessionVersion: _v,
    ...rest
  } = await db.user.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      personalNumber: true,
      email: true,
      firstName: true,
      lastName: true,
      role: true,
      cafId: true,
      mustChangePassword: true,
      active: true,
      sessionVersion: true,
    },
  });
  return rest;
}

/** The field errors the form shows for a refused change (the use case throws them as a ZodError). */
async function fieldErrorsOfRefusal(change: Promise<unknown>) {
  const error = await change.then(
    () => new Error("accepted"),
    (refusal: unknown) => refusal,
  );
  if (!(error instanceof ZodError)) throw error;
  return fieldErrorsOf(error);
}

async function solvedQuestion() {
  return { captcha: await solvedCaptcha() };
}

describe("@accounts password change", () => {
  it("@accounts replaces a generated password, ends the other sessions and logs the change", async () => {
    const { user, email } = await createPerson("Gener4te", { mustChangePassword: true });
    const request = { ip: uniqueIp(), userAgent: "vitest" };
    const actor = await sessionUser(user.id);

    const change = (currentPassword: string, newPassword: string) =>
      changePassword(actor, { currentPassword, newPassword, confirmation: newPassword }, request);

    const weak = await fieldErrorsOfRefusal(change("Gener4te", "abcdefgh"));
    expect(weak).toMatchObject({ newPassword: expect.stringContaining("trois types") });
    const same = await fieldErrorsOfRefusal(change("Gener4te", "Gener4te"));
    expect(same).toMatchObject({ newPassword: expect.stringContaining("différent") });
    const wrong = await fieldErrorsOfRefusal(change("Mauvais1", "Nouveau-2026"));
    expect(wrong).toEqual({ currentPassword: "Le mot de passe actuel est incorrect." });

    const done = await change("Gener4te", "Nouveau-2026");
    expect(done).toEqual({ sessionVersion: user.sessionVersion + 1 });
    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved).toMatchObject({ mustChangePassword: false, sessionVersion: user.sessionVersion + 1 });
    expect(await authenticate({ email, password: "Gener4te" }, request)).toBeNull();
    expect(await authenticate({ email, password: "Nouveau-2026" }, request)).toMatchObject({
      email,
      sessionVersion: saved.sessionVersion,
    });
    const events = await db.connectionLog.findMany({ where: { userId: user.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.event)).toEqual(["PASSWORD_CHANGED", "LOGIN_FAILURE", "LOGIN_SUCCESS"]);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: user.id, action: "user.change_password" },
    });
    expect(audit.actorPersonalNumber).toBe(user.personalNumber);
  });
});

describe("@accounts lost password", () => {
  it("@accounts answers the same for unknown identifiers, e-mails a pending password, and keeps the old one working until it is used", async () => {
    const { user, email } = await createPerson("Ancien-2026");
    const request = { ip: uniqueIp(), userAgent: "vitest" };

    expect(await requestPasswordReset({ email: "inconnu@exemple.fr", ...(await solvedQuestion()) }, request)).toEqual({
      ok: true,
    });
    expect(await requestPasswordReset({ email: email.toUpperCase(), ...(await solvedQuestion()) }, request)).toEqual({
      ok: true,
    });
    await drainAll();
    const mail = await waitForMail(mailDir, (m) => m.to.includes(email) && m.subject.includes("nouveau mot de passe"));
    const password = /Mot de passe provisoire : (\w{8})/.exec(mail.text)![1];

    // Someone else asking for resets cannot lock the person out: the old password still works.
    expect(await authenticate({ email, password: "Ancien-2026" }, request)).toMatchObject({ email });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(false);
    expect(await authenticate({ email, password }, request)).toMatchObject({ email });
    const promoted = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(promoted).toMatchObject({ mustChangePassword: true, pendingPasswordHash: null });
    expect(await authenticate({ email, password: "Ancien-2026" }, request)).toBeNull();
    expect(
      await db.connectionLog.count({
        where: { identifier: "inconnu@exemple.fr", event: "PASSWORD_RESET_REQUESTED", userId: null },
      }),
    ).toBe(1);
  });

  it("@accounts @hardening a solved captcha passes once; replayed, forged, expired or unsolved ones are refused", async () => {
    const { email } = await createPerson("Ancien-2026");
    const request = { ip: uniqueIp(), userAgent: "vitest" };
    const challenge = await createCaptchaChallenge();
    const solved = await solveCaptcha(challenge);
    // Unsolved: the right challenge with a made-up key.
    const { solution } = JSON.parse(Buffer.from(solved, "base64").toString("utf8")) as {
      solution: { counter: number; derivedKey: string };
    };
    const guessed = Buffer.from(
      JSON.stringify({ challenge, solution: { ...solution, derivedKey: "ab".repeat(32) } }),
    ).toString("base64");
    expect(await requestPasswordReset({ email, captcha: guessed }, request)).toMatchObject({
      ok: false,
      fieldErrors: { captcha: expect.stringContaining("vérification de sécurité") },
    });
    expect(await consumeCaptcha(solved)).toBe(true);
    expect(await consumeCaptcha(solved)).toBe(false);
    expect(await requestPasswordReset({ email, captcha: solved }, request)).toMatchObject({
      ok: false,
      fieldErrors: { captcha: expect.any(String) },
    });
    // Forged: an easier challenge signed with another key, or this one with its difficulty changed.
    const forged = await createChallenge({
      algorithm: "PBKDF2/SHA-256",
      cost: 5_000,
      counter: 1,
      deriveKey,
      expiresAt: new Date(Date.now() + 60_000),
      hmacSignatureSecret: "not-the-server-secret",
    });
    expect(await consumeCaptcha(await solveCaptcha(forged))).toBe(false);
    const eased = await createCaptchaChallenge();
    eased.parameters.keyPrefix = eased.parameters.keyPrefix.slice(0, 1);
    expect(await consumeCaptcha(await solveCaptcha(eased))).toBe(false);
    // Expired: solved in time, sent after its ten minutes.
    expect(await consumeCaptcha(await solveCaptcha(await createCaptchaChallenge(Date.now() - 11 * 60_000)))).toBe(
      false,
    );
    expect(await consumeCaptcha("bm90IGpzb24=")).toBe(false);
    expect(await requestPasswordReset({ email, captcha: "" }, request)).toMatchObject({
      ok: false,
      fieldErrors: { captcha: expect.any(String) },
    });
    expect(await db.usedCaptcha.count({ where: { signature: challenge.signature } })).toBe(1);
  });

  it("@accounts @hardening lost-password requests are rate-limited per identifier and address", async () => {
    const { email } = await createPerson("Ancien-2026");
    const request = { ip: uniqueIp(), userAgent: "vitest" };

    for (let i = 0; i < 3; i++)
      expect(await requestPasswordReset({ email, ...(await solvedQuestion()) }, request)).toEqual({ ok: true });
    expect(await requestPasswordReset({ email, ...(await solvedQuestion()) }, request)).toMatchObject({
      ok: false,
      message: expect.stringContaining("Trop de demandes"),
    });
    // @hardening: counted per identifier and address, so requests made elsewhere never stop the owner's.
    expect(await requestPasswordReset({ email, ...(await solvedQuestion()) }, { ...request, ip: uniqueIp() })).toEqual({
      ok: true,
    });
  });
});

describe("@accounts Caf connection log", () => {
  it("@accounts shows a Caf the events of its agents and habilitated people only", async () => {
    const agent47 = await sessionUser(
      (await db.user.findUniqueOrThrow({ where: { email: "agent.caf47@demo.monenfant.fr" } })).id,
    );
    const agent39 = await sessionUser(
      (await db.user.findUniqueOrThrow({ where: { email: "agent.caf39@demo.monenfant.fr" } })).id,
    );
    const admin = await sessionUser(
      (await db.user.findUniqueOrThrow({ where: { email: "admin.cnaf@demo.monenfant.fr" } })).id,
    );
    const director = await db.user.findUniqueOrThrow({ where: { email: "directrice.albret@demo.monenfant.fr" } });
    await db.connectionLog.create({
      data: { event: "LOGIN_FAILURE", identifier: director.email, userId: director.id, ip: "192.0.2.47" },
    });

    const own = await listCafConnectionLog(agent47, {});
    expect(own.caf.departementCode).toBe("47");
    expect(
      own.rows.some((row) => row.ip === "192.0.2.47" && row.person.personalNumber === director.personalNumber),
    ).toBe(true);
    const other = await listCafConnectionLog(agent39, { departement: "47" });
    expect(other.caf.departementCode).toBe("39");
    expect(other.rows.some((row) => row.ip === "192.0.2.47")).toBe(false);
    expect((await listCafConnectionLog(admin, { departement: "47" })).total).toBe(own.total);
    await expect(listCafConnectionLog(admin, {})).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listCafConnectionLog(admin, { departement: "<script>" })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listCafConnectionLog(await sessionUser(director.id), {})).rejects.toMatchObject({ status: 403 });
  });
});
