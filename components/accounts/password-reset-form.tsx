"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type SubmitEvent } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/text-field";
import { CAPTCHA_FIELD, CaptchaWidget, captchaPayload } from "@/components/accounts/captcha-widget";
import type { FormState } from "@/lib/forms/form-state";

export function PasswordResetForm({
  requestAction,
}: {
  requestAction: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(requestAction, { status: "idle" });
  const [email, setEmail] = useState("");
  const confirmationRef = useRef<HTMLHeadingElement>(null);
  const errors = state.fieldErrors ?? {};

  // A challenge is good for one request: each answer from the server (a new state) brings a new one.
  const [answeredState, setAnsweredState] = useState(state);
  const [attempt, setAttempt] = useState(0);
  if (state !== answeredState) {
    setAnsweredState(state);
    setAttempt(attempt + 1);
  }

  // The computation may still be running when the person submits: wait for it rather than send nothing.
  async function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    data.set(CAPTCHA_FIELD, await captchaPayload(form));
    startTransition(() => formAction(data));
  }

  useEffect(() => {
    if (state.status === "success") confirmationRef.current?.focus();
  }, [state]);

  if (state.status === "success") {
    return (
      <div role="status" className="mt-6 border-l-4 border-succes bg-green-50 p-4">
        <h2 ref={confirmationRef} tabIndex={-1} className="text-xl font-bold">
          Demande enregistrée
        </h2>
        <p className="mt-2">
          Si un compte correspond à cette adresse, un nouveau mot de passe provisoire vient d'y être envoyé. Vous devrez
          le remplacer dès votre prochaine connexion. Votre mot de passe actuel reste valable tant que vous n'avez pas
          utilisé le nouveau.
        </p>
        <p className="mt-4">
          <a href="/connexion">Aller à la page de connexion</a>
        </p>
      </div>
    );
  }

  return (
    <form action={formAction} onSubmit={onSubmit} className="mt-6 space-y-6" noValidate>
      {/* Keyed on the attempt, the summary is shown anew, so it takes the focus and is announced even when
          the error is the same as the last one. */}
      <ErrorSummary key={attempt} errors={errors} message={state.status === "error" ? (state.message ?? null) : null} />
      <TextField
        id="email"
        name="email"
        label="Adresse électronique"
        hint="Votre identifiant. Format attendu : nom@domaine.fr"
        type="email"
        autoComplete="username"
        required
        value={email}
        onValueChange={setEmail}
        error={errors.email}
      />
      {/* Keyed on the answer: every refusal brings a new challenge, solved again in the background. */}
      <CaptchaWidget key={attempt} />
      {errors.captcha && (
        <p id="captcha-error" className="field-error">
          {errors.captcha}
        </p>
      )}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Envoi…" : "Recevoir un nouveau mot de passe"}
      </button>
    </form>
  );
}
