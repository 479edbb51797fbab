"use server";

import { redirect } from "next/navigation";
import { requireSignedIn } from "@/lib/auth/session";
import { changePassword } from "@/lib/auth/change-password";
import { reissueSessionToken } from "@/lib/auth/reissue-session-token";
import { currentRequestInfo } from "@/lib/auth/request-info";
import { homeFor } from "@/lib/auth/areas";
import { formValues, type FormState } from "@/lib/forms/form-state";

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireSignedIn();
  const result = await changePassword(actor, formValues(formData), await currentRequestInfo());
  if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
  // This session goes on with the new version; every other session of the account ends.
  await reissueSessionToken({ sessionVersion: result.sessionVersion });
  redirect(actor.mustChangePassword ? homeFor(actor.role) : "/mon-compte?motDePasse=modifie");
}
