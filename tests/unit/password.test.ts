import { describe, expect, it, vi } from "vitest";

vi.stubEnv("DATABASE_URL", "postgresql://u:p@localhost:5432/db");
vi.stubEnv("SMTP_URL", "smtp://localhost:25");
vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(40));
vi.stubEnv("BCRYPT_COST", "4");

const { generatePassword, hashPassword, verifyPassword } = await import("@/lib/auth/password");
const { retryDelayMs } = await import("@/lib/email/outbox");

describe("@foundation generated passwords", () => {
  it("@foundation are exactly 8 alphanumeric characters, mixed case, and differ each time", () => {
    const passwords = Array.from({ length: 2000 }, generatePassword);
    for (const password of passwords) expect(password).toMatch(/^[A-Za-z0-9]{8}$/);
    expect(new Set(passwords).size).toBe(passwords.length);
    const all = passwords.join("");
    expect(all).toMatch(/[a-z]/);
    expect(all).toMatch(/[A-Z]/);
    expect(all).toMatch(/[0-9]/);
  });

  it("@foundation are stored as bcrypt hashes that verify case-sensitively", async () => {
    const hash = await hashPassword("AbCd1234");
    expect(hash).toMatch(/^\$2[aby]\$04\$/);
    expect(await verifyPassword("AbCd1234", hash)).toBe(true);
    expect(await verifyPassword("abcd1234", hash)).toBe(false);
  });
});

describe("@foundation outbox back-off", () => {
  it("@foundation doubles the delay after each failure, capped at one hour", () => {
    expect(retryDelayMs(1)).toBe(30_000);
    expect(retryDelayMs(2)).toBe(60_000);
    expect(retryDelayMs(3)).toBe(120_000);
    expect(retryDelayMs(30)).toBe(3_600_000);
  });
});
