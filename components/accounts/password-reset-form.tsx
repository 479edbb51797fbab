"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { submitWithoutReset } from "@/components/forms/submit-without-reset";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/text-field";
import type { CaptchaChallenge } from "@/lib/auth/captcha";
import type { FormState } from "@/lib/forms/form-state";

export type PasswordResetFormState = FormState & { captcha?: CaptchaChallenge };

export function PasswordResetForm({
  initialCaptcha,
  requestAction,
}: {
  initialCaptcha: CaptchaChallenge;
  requestAction: (previous: PasswordResetFormState, formData: FormData) => Promise<PasswordResetFormState>;
}) {
  const [state, formAction, pending] = useActionState<PasswordResetFormState, FormData>(requestAction, {
    status: "idle",
    captcha: initialCaptcha,
  });
  const [email, setEmail] = useState("");
  const [answer, setAnswer] = useState("");
  const confirmationRef = useRef<HTMLHeadingElement>(null);
  const captcha = state.captcha ?? initialCaptcha;
  const errors = state.fieldErrors ?? {};

  // Each refusal brings a new challenge: the answer to the previous one is cleared as the answer arrives.
  const [answeredState, setAnsweredState] = useState(state);
  if (state !== answeredState) {
    setAnsweredState(state);
    if (state.status === "error") setAnswer("");
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
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="mt-6 space-y-6" noValidate>
      {/* Every failed attempt brings a new challenge: keyed on it, the summary is shown anew, so it takes the
          focus and is announced even when the error is the same as the last one. */}
      <ErrorSummary
        key={captcha.token}
        errors={errors}
        message={state.status === "error" ? (state.message ?? null) : null}
      />
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
      <fieldset className="space-y-3">
        <legend className="field-label">Vérification de sécurité</legend>
        <input type="hidden" name="captchaToken" value={captcha.token} />
        <input type="hidden" name="captchaKind" value={captcha.kind} />
        {captcha.kind === "image" ? (
          <>
            {/* eslint-disable-next-line @next/next/no-img-element -- a one-off data URI, not an optimisable asset */}
            <img
              src={captcha.imageDataUri}
              alt="Code de sécurité à recopier (image). Une question sans image est proposée juste en dessous."
              width={180}
              height={60}
              className="border border-bordure"
            />
            <p className="text-sm">
              <a href="/mot-de-passe-oublie?verification=question">
                Je ne peux pas lire l'image : répondre à une question à la place
              </a>
            </p>
          </>
        ) : (
          <>
            <p id="captcha-question">{captcha.question}</p>
            <p className="text-sm">
              <a href="/mot-de-passe-oublie">Utiliser plutôt un code en image</a>
            </p>
          </>
        )}
        <TextField
          id="captchaAnswer"
          name="captchaAnswer"
          label={
            captcha.kind === "image"
              ? "Code de sécurité (majuscules ou minuscules indifférentes)"
              : "Réponse à la question"
          }
          autoComplete="off"
          inputMode={captcha.kind === "question" ? "numeric" : undefined}
          required
          describedBy={captcha.kind === "question" ? "captcha-question" : undefined}
          hint={
            state.status === "error"
              ? `Nouvelle ${captcha.kind === "image" ? "image" : "question"} : votre réponse précédente a été effacée.`
              : undefined
          }
          value={answer}
          onValueChange={setAnswer}
          error={errors.captchaAnswer}
        />
      </fieldset>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Envoi…" : "Recevoir un nouveau mot de passe"}
      </button>
    </form>
  );
}
