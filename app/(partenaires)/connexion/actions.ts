"use server";

import { currentRequestInfo } from "@/lib/auth/request-info";
import {
  beginEnrolmentAtSignIn,
  confirmEnrolmentAtSignIn,
  type EnrolmentConfirmation,
  type EnrolmentStart,
} from "@/lib/auth/second-factor/enrol-at-sign-in";

// Open to anyone: the sign-in challenge token, given only after a correct password, is the credential.

export async function beginEnrolmentAction(challenge: unknown): Promise<EnrolmentStart> {
  return beginEnrolmentAtSignIn(challenge);
}

export async function confirmEnrolmentAction(challenge: unknown, code: unknown): Promise<EnrolmentConfirmation> {
  return confirmEnrolmentAtSignIn({ challenge, code }, await currentRequestInfo());
}
