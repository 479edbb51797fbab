"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { SIGN_IN_REQUIRED_MESSAGE } from "@/lib/auth/access-messages";
import { changePassword } from "@/lib/auth/change-password";
import { reissueSessionToken } from "@/lib/auth/reissue-session-token";
import { currentRequestInfo } from "@/lib/auth/request-info";
import { homeFor } from "@/lib/auth/areas";
import { runFormAction } from "@/lib/forms/run-form-action";
import { formValues, type FormState } from "@/lib/forms/form-state";

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // Open to anyone signed in, even before the generated password is replaced. The refusal is the form's
  // message rather than a thrown error, which would reach the browser as a 500.
  const actor = await getCurrentUser();
  if (!actor) return { status: "error", message: SIGN_IN_REQUIRED_MESSAGE };
  let sessionVersion = 0;
  const state = await runFormAction(async () => {
    ({ sessionVersion } = await changePassword(actor, formValues(formData), await currentRequestInfo()));
  }, "Le mot de passe est modifié.");
  if (state.status !== "success") return state;
  // This session goes on with the new version; every other session of the account ends.
  await reissueSessionToken({ sessionVersion });
  redirect(actor.mustChangePassword ? homeFor(actor.role) : "/mon-compte?motDePasse=modifie");
}
