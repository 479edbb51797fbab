"use client";

import { useActionState, useState } from "react";
import { acceptInvitationAction } from "@/app/(partenaires)/invitation/[jeton]/actions";
import { submitWithoutReset } from "@/components/forms/submit-without-reset";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/text-field";
import { initialFormState } from "@/lib/forms/form-state";
import { PASSWORD_RULE_TEXT } from "@/lib/auth/password-policy";

export function AcceptInvitationForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(acceptInvitationAction.bind(null, token), initialFormState);
  const [values, setValues] = useState({ newPassword: "", confirmation: "" });
  const errors = state.fieldErrors ?? {};
  const field = (name: keyof typeof values) => ({
    id: name,
    name,
    value: values[name],
    error: errors[name],
    onValueChange: (value: string) => setValues((current) => ({ ...current, [name]: value })),
  });
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="mt-6 max-w-md space-y-6" noValidate>
      <ErrorSummary errors={errors} message={state.status === "error" ? (state.message ?? null) : null} />
      <TextField
        {...field("newPassword")}
        label="Mot de passe"
        hint={PASSWORD_RULE_TEXT}
        type="password"
        autoComplete="new-password"
        required
      />
      <TextField
        {...field("confirmation")}
        label="Confirmation du mot de passe"
        type="password"
        autoComplete="new-password"
        required
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Enregistrement…" : "Enregistrer mon mot de passe"}
      </button>
    </form>
  );
}
