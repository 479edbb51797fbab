"use client";

import { useActionState } from "react";
import { submitWithoutReset } from "@/components/forms/submit-without-reset";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFieldValues } from "@/components/forms/use-field-values";
import { NewPasswordFields } from "@/components/accounts/new-password-fields";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

/** `acceptAction` is the invitation page's server action, already bound to the invitation's token. */
export function AcceptInvitationForm({
  acceptAction,
}: {
  acceptAction: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, formAction, pending] = useActionState(acceptAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  const field = useFieldValues({ newPassword: "", confirmation: "" }, errors);
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="mt-6 max-w-md space-y-6" noValidate>
      <ErrorSummary errors={errors} message={state.status === "error" ? (state.message ?? null) : null} />
      <NewPasswordFields
        newPassword={field("newPassword")}
        confirmation={field("confirmation")}
        labels={{ newPassword: "Mot de passe", confirmation: "Confirmation du mot de passe" }}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Enregistrement…" : "Enregistrer mon mot de passe"}
      </button>
    </form>
  );
}
