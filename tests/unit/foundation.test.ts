import { afterEach, describe, expect, it, vi } from "vitest";
import { isValidSiret, withSiretCheckDigit } from "@/lib/validation/siret";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { areaFor, homeFor } from "@/lib/auth/areas";
import { searchableText } from "@/lib/text/normalize";

describe("@foundation SIRET", () => {
  it("@foundation accepts a 14-digit number with a valid Luhn key and refuses others", () => {
    expect(isValidSiret("73282932000074")).toBe(true);
    expect(isValidSiret("73282932000075")).toBe(false);
    expect(isValidSiret("7328293200007")).toBe(false);
    expect(isValidSiret("7328293200007A")).toBe(false);
    expect(isValidSiret(withSiretCheckDigit("9990000000001"))).toBe(true);
  });
});

describe("@foundation access areas", () => {
  it("@foundation maps each protected path to the roles that may enter it", () => {
    expect(areaFor("/caf/demandes/123")?.roles).toEqual(["CAF_AGENT", "CNAF_ADMIN"]);
    expect(areaFor("/admin")?.roles).toEqual(["CNAF_ADMIN"]);
    expect(areaFor("/espace-pro/structures")?.roles).toEqual(["PROVIDER_USER", "INFO_POINT_USER"]);
    expect(areaFor("/cafe")).toBeUndefined();
    expect(areaFor("/")).toBeUndefined();
    expect(homeFor("CAF_AGENT")).toBe("/caf");
    expect(homeFor("INFO_POINT_USER")).toBe("/espace-pro");
  });

  it("@foundation follows only same-site callback paths after login", () => {
    expect(safeCallbackUrl("/caf?page=2")).toBe("/caf?page=2");
    expect(safeCallbackUrl("https://evil.example/")).toBeNull();
    expect(safeCallbackUrl("//evil.example/")).toBeNull();
    expect(safeCallbackUrl("/\\evil.example")).toBeNull();
    expect(safeCallbackUrl(undefined)).toBeNull();
  });
});

describe("@foundation search normalisation", () => {
  it("@foundation removes accents, case and apostrophes", () => {
    expect(searchableText("Saint-Étienne")).toBe("saint-etienne");
    expect(searchableText("L'Abergement-Clémenciat")).toBe("l abergement-clemenciat");
  });
});

describe("@foundation environment", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("@foundation refuses to start without a secret, with a French message", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://u:p@localhost:5432/db");
    vi.stubEnv("SMTP_URL", "smtp://localhost:25");
    vi.stubEnv("NEXTAUTH_SECRET", "");
    await expect(import("@/lib/env")).rejects.toThrow(/NEXTAUTH_SECRET est obligatoire/);
  });

  it("@foundation refuses a secret that is too short", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://u:p@localhost:5432/db");
    vi.stubEnv("SMTP_URL", "smtp://localhost:25");
    vi.stubEnv("NEXTAUTH_SECRET", "trop-court");
    await expect(import("@/lib/env")).rejects.toThrow(/NEXTAUTH_SECRET doit contenir au moins 32 caractères/);
  });

  it("@foundation parses a complete configuration with defaults", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://u:p@localhost:5432/db");
    vi.stubEnv("SMTP_URL", "smtp://localhost:25");
    vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(40));
    vi.stubEnv("BCRYPT_COST", "");
    const { env } = await import("@/lib/env");
    expect(env.SMTP_URL).toBe("smtp://localhost:25");
    expect(env.OUTBOX_POLL_INTERVAL_MS).toBe(5000);
  });

  it("@foundation reads the production server's settings with the same rule: an empty value takes the default", async () => {
    vi.stubEnv("PORT", "");
    vi.stubEnv("PUBLIC_PAGE_CACHE_SECONDS", "0");
    const { givenEnvironment, serverProcessSettingsSchema } = await import("@/lib/server-process-settings");
    const settings = serverProcessSettingsSchema.parse(givenEnvironment());
    expect(settings.PORT).toBe(3000);
    expect(settings.PUBLIC_PAGE_CACHE_SECONDS).toBe(0);
  });
});
