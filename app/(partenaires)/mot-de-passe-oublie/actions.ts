"use server";

import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { currentRequestInfo } from "@/lib/auth/request-info";
import { formValues, type FormState } from "@/lib/forms/form-state";

export async function requestPasswordResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await requestPasswordReset(formValues(formData), await currentRequestInfo());
  if (result.ok) return { status: "success" };
  return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
}
