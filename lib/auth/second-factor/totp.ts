import "server-only";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

// RFC 6238 defaults that every authenticator app supports: SHA-1, 6 digits, 30-second steps.
const PERIOD_SECONDS = 30;
const ISSUER = "monenfant.fr";

function totp(base32Secret: string, label = "") {
  return new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(base32Secret), period: PERIOD_SECONDS });
}

/** A new 160-bit secret (RFC 4226 §4), base32 as authenticator apps expect it. */
export function createTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function currentTotpStep(now = Date.now()): number {
  return Math.floor(now / 1000 / PERIOD_SECONDS);
}

/**
 * The time step a code belongs to, allowing one step of clock drift each way (RFC 6238 §5.2), or null.
 * The caller refuses a step already used, so each code works once.
 */
export function totpStepOf(base32Secret: string, code: string, now = Date.now()): number | null {
  const delta = totp(base32Secret).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : currentTotpStep(now) + delta;
}

export type TotpEnrolment = { manualKey: string; otpauthUri: string; qrCodeSvg: string };

/** What the person needs to add the account to an authenticator app: a QR code and the key typed by hand. */
export async function totpEnrolmentFor(base32Secret: string, email: string): Promise<TotpEnrolment> {
  const otpauthUri = totp(base32Secret, email).toString();
  return {
    manualKey: (base32Secret.match(/.{1,4}/g) ?? []).join(" "),
    otpauthUri,
    qrCodeSvg: await QRCode.toString(otpauthUri, { type: "svg", errorCorrectionLevel: "M", margin: 2 }),
  };
}
