// Error codes passed by next-auth from authorize() to the login form (client and server share them).
// "Wait" carries the seconds to wait after a colon: `SignInDelayed:8`.
export const SIGN_IN_DELAYED_ERROR = "SignInDelayed";
export const CAPTCHA_REQUIRED_ERROR = "CaptchaRequired";

export function signInDelayedError(seconds: number): string {
  return `${SIGN_IN_DELAYED_ERROR}:${seconds}`;
}

/** The seconds to wait, when `error` is a delay. */
export function delayOf(error: string | null | undefined): number | null {
  const match = /^SignInDelayed:(\d+)$/.exec(error ?? "");
  return match ? Number(match[1]) : null;
}
