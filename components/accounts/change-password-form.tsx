"use client";

import { useActionState, useState } from "react";
import { submitWithoutReset } from "@/components/forms/submit-without-reset";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { PASSWORD_RULE_TEXT } from "@/lib/auth/password-policy";

export function ChangePasswordForm({
  forced,
  changeAction,
}: {
  forced: boolean;
  changeAction: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, formAction, pending] = useActionState(changeAction, initialFormState);
  const [values, setValues] = useState({ currentPassword: "", newPassword: "", confirmation: "" });
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
        {...field("currentPassword")}
        label={forced ? "Mot de passe provisoire reçu par courriel" : "Mot de passe actuel"}
        type="password"
        autoComplete="current-password"
        required
      />
      <TextField
        {...field("newPassword")}
        label="Nouveau mot de passe"
        hint={PASSWORD_RULE_TEXT}
        type="password"
        autoComplete="new-password"
        required
      />
      <TextField
        {...field("confirmation")}
        label="Confirmation du nouveau mot de passe"
        type="password"
        autoComplete="new-password"
        required
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Enregistrement…" : "Enregistrer le nouveau mot de passe"}
      </button>
    </form>
  );
}
