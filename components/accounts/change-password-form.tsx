"use client";

import { useActionState } from "react";
import { submitWithoutReset } from "@/components/forms/submit-without-reset";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFieldValues } from "@/components/forms/use-field-values";
import { TextField } from "@/components/forms/text-field";
import { NewPasswordFields } from "@/components/accounts/new-password-fields";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

export function ChangePasswordForm({
  forced,
  changeAction,
}: {
  forced: boolean;
  changeAction: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, formAction, pending] = useActionState(changeAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  const field = useFieldValues({ currentPassword: "", newPassword: "", confirmation: "" }, errors);
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
      <NewPasswordFields
        newPassword={field("newPassword")}
        confirmation={field("confirmation")}
        labels={{ newPassword: "Nouveau mot de passe", confirmation: "Confirmation du nouveau mot de passe" }}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Enregistrement…" : "Enregistrer le nouveau mot de passe"}
      </button>
    </form>
  );
}
