import { describe, expect, it } from "vitest";
import { generateRecoveryCodes, looksLikeRecoveryCode } from "@/lib/auth/second-factor/recovery-codes";
import { totpEnrolmentFor } from "@/lib/auth/second-factor/totp";

describe("@codehealth second-factor codes", () => {
  it("@codehealth generates ten recovery codes that are recognised, and refuses other text", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
      expect(looksLikeRecoveryCode(code)).toBe(true);
    }
    expect(looksLikeRecoveryCode("ABCDE-FGHI1")).toBe(false);
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });

  it("@codehealth shows the TOTP key by groups of four for typing by hand", async () => {
    const enrolment = await totpEnrolmentFor("JBSWY3DPEHPK3PXPJBSW", "agent@caf.fr");
    expect(enrolment.manualKey).toBe("JBSW Y3DP EHPK 3PXP JBSW");
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
  });
});
