"use server";

import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { createCaptcha } from "@/lib/auth/captcha";
import { currentRequestInfo } from "@/lib/auth/request-info";
import { formValues } from "@/lib/forms/form-state";
import type { PasswordResetFormState } from "@/components/accounts/password-reset-form";

export async function requestPasswordResetAction(
  previous: PasswordResetFormState,
  formData: FormData,
): Promise<PasswordResetFormState> {
  const values = formValues(formData);
  const result = await requestPasswordReset(values, await currentRequestInfo());
  if (result.ok) return { status: "success" };
  // A challenge is good for one try: every failed attempt gets a new one of the same kind.
  const kind = previous?.captcha?.kind ?? (values.captchaKind === "question" ? "question" : "image");
  return { status: "error", message: result.message, fieldErrors: result.fieldErrors, captcha: createCaptcha(kind) };
}
