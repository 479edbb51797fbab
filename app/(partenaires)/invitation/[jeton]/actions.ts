"use server";

import { redirect } from "next/navigation";
import { acceptInvitation } from "@/lib/auth/accept-invitation";
import { runFormAction } from "@/lib/forms/run-form-action";
import { formValues, type FormState } from "@/lib/forms/form-state";

// Anyone holding the link may use it once: the token is the proof of identity (lib/auth/accept-invitation.ts).
export async function acceptInvitationAction(
  token: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const state = await runFormAction(
    () => acceptInvitation(token, formValues(formData)),
    "Votre mot de passe est enregistré.",
  );
  if (state.status === "success") redirect("/connexion?invitation=acceptee");
  return state;
}
