import { createCaptchaChallenge } from "@/lib/auth/captcha";

export const dynamic = "force-dynamic";

/** A fresh proof-of-work challenge for the security check of a form (components/accounts/captcha-widget.tsx). */
export async function GET() {
  return Response.json(await createCaptchaChallenge(), { headers: { "Cache-Control": "no-store" } });
}
