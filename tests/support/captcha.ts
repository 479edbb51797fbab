import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { createCaptchaChallenge, type CaptchaChallenge } from "@/lib/auth/captcha";

/** Solves a captcha challenge as the widget's worker does, and encodes it as the widget posts it. */
export async function solveCaptcha(challenge: CaptchaChallenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error("The captcha challenge could not be solved.");
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

/** A fresh challenge, solved: what a person's browser sends with the form. */
export async function solvedCaptcha(): Promise<string> {
  return solveCaptcha(await createCaptchaChallenge());
}
