import { Secret, TOTP } from "otpauth";

// Test helpers for the TOTP second factor (RFC 6238, 30-second steps, 6 digits), as an authenticator app computes it.

// The demo administrator's TOTP secret in the e2e runs (tests/support/access-fixtures.ts `staff-second-factor`).
export const E2E_TOTP_SECRET = "KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD";

export function totpCode(base32Secret: string, step: number): string {
  return new TOTP({ secret: Secret.fromBase32(base32Secret.replace(/\s/g, "")) }).generate({
    timestamp: step * 30_000,
  });
}

export const currentStep = (now = Date.now()) => Math.floor(now / 30_000);

/**
 * A code the server has not accepted yet: each step's code is accepted once, and the server allows one
 * step of drift, so after `lastUsedStep` the next step may be used early; beyond that, wait for it.
 */
export async function unusedTotpCode(base32Secret: string, lastUsedStep: number | null): Promise<string> {
  const step = Math.max(currentStep(), (lastUsedStep ?? 0) + 1);
  while (step > currentStep() + 1) await new Promise((resolve) => setTimeout(resolve, 1000));
  return totpCode(base32Secret, step);
}
