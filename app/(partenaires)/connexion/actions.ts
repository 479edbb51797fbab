"use server";

import { createCaptchaPair, type CaptchaPair } from "@/lib/auth/captcha";

/** A fresh challenge for the login form, once failed sign-ins ask for one (challenges are stateless). */
export async function newSignInCaptchaAction(): Promise<CaptchaPair> {
  return createCaptchaPair();
}
