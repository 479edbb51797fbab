"use client";

import { useActionState, useState } from "react";
import { submitWithoutReset } from "@/components/forms/submit-without-reset";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { PASSWORD_RULE_TEXT } from "@/lib/auth/password-policy";

/** `acceptAction` is the invitation page's server action, already bound to the invitation's token. */
export function AcceptInvitationForm({
  acceptAction,
}: {
  acceptAction: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, formAction, pending] = useActionState(acceptAction, initialFormState);
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
