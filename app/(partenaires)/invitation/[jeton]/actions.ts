"use server";

import { redirect } from "next/navigation";
import { acceptInvitation } from "@/lib/auth/accept-invitation";
import { formValues, type FormState } from "@/lib/forms/form-state";

// Anyone holding the link may use it once: the token is the proof of identity (lib/auth/accept-invitation.ts).
export async function acceptInvitationAction(
  token: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const result = await acceptInvitation(token, formValues(formData));
  if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
  redirect("/connexion?invitation=acceptee");
}
