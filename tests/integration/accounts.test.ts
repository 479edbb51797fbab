import { randomUUID } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import { changePassword } from "@/lib/auth/change-password";
import { createCaptcha, consumeCaptcha } from "@/lib/auth/captcha";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { listCafConnectionLog } from "@/lib/auth/list-caf-connection-log";
import { hashPassword } from "@/lib/auth/password";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { waitForMail } from "../support/mail";
import { drainAll } from "../support/outbox";
import { solveCaptchaQuestion } from "../support/captcha";

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

function solvedQuestion() {
  const captcha = createCaptcha("question");
  return { captchaToken: captcha.token, captchaAnswer: solveCaptchaQuestion(captcha.question!) };
}

describe("@accounts password change", () => {
  it("@accounts replaces a generated password, ends the other sessions and logs the change", async () => {
    const { user, email } = await createPerson("Gener4te", { mustChangePassword: true });
    const request = { ip: uniqueIp(), userAgent: "vitest" };
    const actor = await sessionUser(user.id);

    const weak = await changePassword(
      actor,
      { currentPassword: "Gener4te", newPassword: "abcdefgh", confirmation: "abcdefgh" },
      request,
    );
    expect(weak).toMatchObject({ ok: false, fieldErrors: { newPassword: expect.stringContaining("trois types") } });
    const same = await changePassword(
      actor,
      { currentPassword: "Gener4te", newPassword: "Gener4te", confirmation: "Gener4te" },
      request,
    );
    expect(same).toMatchObject({ ok: false, fieldErrors: { newPassword: expect.stringContaining("différent") } });
    const wrong = await changePassword(
      actor,
      { currentPassword: "Mauvais1", newPassword: "Nouveau-2026", confirmation: "Nouveau-2026" },
      request,
    );
    expect(wrong).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: "Le mot de passe actuel est incorrect." },
    });

    const done = await changePassword(
      actor,
      { currentPassword: "Gener4te", newPassword: "Nouveau-2026", confirmation: "Nouveau-2026" },
      request,
    );
    expect(done).toEqual({ ok: true, sessionVersion: user.sessionVersion + 1 });
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

    expect(await requestPasswordReset({ email: "inconnu@exemple.fr", ...solvedQuestion() }, request)).toEqual({
      ok: true,
    });
    expect(await requestPasswordReset({ email: email.toUpperCase(), ...solvedQuestion() }, request)).toEqual({
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

  it("@accounts @hardening refuses a wrong or replayed captcha and rate-limits per identifier and address", async () => {
    const { email } = await createPerson("Ancien-2026");
    const request = { ip: uniqueIp(), userAgent: "vitest" };
    const captcha = solvedQuestion();
    expect(
      await requestPasswordReset({ email, captchaToken: captcha.captchaToken, captchaAnswer: "999" }, request),
    ).toMatchObject({ ok: false, fieldErrors: { captchaAnswer: expect.any(String) } });
    expect(await consumeCaptcha(captcha.captchaToken, captcha.captchaAnswer)).toBe(true);
    expect(await consumeCaptcha(captcha.captchaToken, captcha.captchaAnswer)).toBe(false);
    expect(await consumeCaptcha(`${captcha.captchaToken.split(".")[0]}.forged`, captcha.captchaAnswer)).toBe(false);
    expect(await requestPasswordReset({ email, captchaToken: "", captchaAnswer: "" }, request)).toMatchObject({
      ok: false,
      fieldErrors: { captchaAnswer: expect.any(String) },
    });

    for (let i = 0; i < 3; i++)
      expect(await requestPasswordReset({ email, ...solvedQuestion() }, request)).toEqual({ ok: true });
    expect(await requestPasswordReset({ email, ...solvedQuestion() }, request)).toMatchObject({
      ok: false,
      message: expect.stringContaining("Trop de demandes"),
    });
    // @hardening: counted per identifier and address, so requests made elsewhere never stop the owner's.
    expect(await requestPasswordReset({ email, ...solvedQuestion() }, { ...request, ip: uniqueIp() })).toEqual({
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
