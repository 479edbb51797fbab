import { describe, expect, it } from "vitest";
import { characterClassCount, newPasswordSchema } from "@/lib/auth/password-policy";
import { isSessionExpired } from "@/lib/auth/session-policy";
import { isCrossSiteWrite } from "@/lib/security/same-origin";
import { connectionLogCsv } from "@/lib/auth/connection-log-csv";

describe("@accounts password policy", () => {
  it("@accounts requires 8 characters mixing three of lower case, upper case, digits and symbols", () => {
    expect(characterClassCount("abcdefgh")).toBe(1);
    expect(characterClassCount("Abcdefg1")).toBe(3);
    expect(characterClassCount("aB1!")).toBe(4);
    for (const accepted of ["Abcdefg1", "abcdef1!", "ABCDEF1!", "Crèche-2026"])
      expect(newPasswordSchema.safeParse(accepted).success).toBe(true);
    for (const refused of ["Abc1!", "abcdefgh", "abcdefg1", "ABCDEFGH1", "abcdEFGH"])
      expect(newPasswordSchema.safeParse(refused).success).toBe(false);
  });
});

describe("@accounts session limits", () => {
  const limits = { maxAgeSeconds: 8 * 3600, idleSeconds: 30 * 60 };
  it("@accounts ends a session after the idle timeout or the absolute lifetime", () => {
    const now = 1_000_000;
    expect(isSessionExpired({ loginAt: now - 3600, lastActivityAt: now - 60 }, limits, now)).toBe(false);
    expect(isSessionExpired({ loginAt: now - 3600, lastActivityAt: now - 30 * 60 }, limits, now)).toBe(true);
    expect(isSessionExpired({ loginAt: now - 8 * 3600, lastActivityAt: now - 1 }, limits, now)).toBe(true);
    // Tokens issued before these claims existed are not trusted.
    expect(isSessionExpired({} as never, limits, now)).toBe(true);
  });
});

describe("@accounts CSRF", () => {
  const request = (method: string, headers: Record<string, string>) =>
    new Request("http://extranet.test/mon-compte", { method, headers: { host: "extranet.test", ...headers } });
  it("@accounts refuses state-changing requests from another site and accepts same-origin ones", () => {
    expect(isCrossSiteWrite(request("POST", { origin: "http://extranet.test", "sec-fetch-site": "same-origin" }))).toBe(
      false,
    );
    expect(isCrossSiteWrite(request("POST", { origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteWrite(request("POST", { "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSiteWrite(request("DELETE", { origin: "null" }))).toBe(true);
    expect(isCrossSiteWrite(request("GET", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }))).toBe(
      false,
    );
    // Software clients (API keys) send no Origin and carry no session cookie.
    expect(isCrossSiteWrite(request("PUT", {}))).toBe(false);
  });
});

describe("@accounts connection log export", () => {
  it("@accounts writes a French CSV that spreadsheets cannot run as formulas", () => {
    const csv = connectionLogCsv([
      {
        id: "1",
        at: new Date("2026-03-01T08:00:00Z"),
        event: "ACCOUNT_LOCKED",
        ip: "203.0.113.9",
        userAgent: '=HYPERLINK("x";"y")',
        person: { identifier: "a@b.fr", name: "Élodie Martinon", personalNumber: 12 },
      },
    ]);
    expect(csv.startsWith("\uFEFFDate et heure (UTC);Événement;")).toBe(true);
    expect(csv).toContain(
      '2026-03-01T08:00:00.000Z;Vérification de sécurité demandée après échecs répétés;a@b.fr;Élodie Martinon;12;203.0.113.9;"\'=HYPERLINK(""x"";""y"")"',
    );
  });
});
