"use server";

import { createCaptchaPair, type CaptchaPair } from "@/lib/auth/captcha";
import { currentRequestInfo } from "@/lib/auth/request-info";
import {
  beginEnrolmentAtSignIn,
  confirmEnrolmentAtSignIn,
  type EnrolmentConfirmation,
  type EnrolmentStart,
} from "@/lib/auth/second-factor/enrol-at-sign-in";

/** A fresh challenge for the login form, once failed sign-ins ask for one (challenges are stateless). */
export async function newSignInCaptchaAction(): Promise<CaptchaPair> {
  return createCaptchaPair();
}

// Open to anyone: the sign-in challenge token, given only after a correct password, is the credential.

export async function beginEnrolmentAction(challenge: unknown): Promise<EnrolmentStart> {
  return beginEnrolmentAtSignIn(challenge);
}

export async function confirmEnrolmentAction(challenge: unknown, code: unknown): Promise<EnrolmentConfirmation> {
  return confirmEnrolmentAtSignIn({ challenge, code }, await currentRequestInfo());
}
