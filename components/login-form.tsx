"use client";

import { useCallback, useRef, useState, type SubmitEvent } from "react";
import { signIn } from "next-auth/react";
import { CAPTCHA_REQUIRED_ERROR, delayOf } from "@/lib/auth/login-errors";
import { formValues } from "@/lib/forms/form-state";
import { CaptchaWidget, captchaPayload } from "@/components/accounts/captcha-widget";
import {
  SECOND_FACTOR_ERRORS,
  SECOND_FACTOR_MESSAGES,
  parseSecondFactorStep,
  type SecondFactorStep as Step,
} from "@/lib/auth/second-factor/sign-in-steps";
import { SecondFactorStep, type EnrolmentActions } from "@/components/second-factor/second-factor-step";

function failureMessage(error: string | null | undefined, hadCaptcha: boolean): string {
  const delay = delayOf(error);
  if (delay !== null)
    return `Plusieurs tentatives ont échoué : patientez ${delay} seconde${delay > 1 ? "s" : ""} avant de réessayer. Vous pouvez aussi demander un nouveau mot de passe.`;
  if (error === SECOND_FACTOR_ERRORS.proConnectRequired) return SECOND_FACTOR_MESSAGES.ProConnectRequired;
  if (error === CAPTCHA_REQUIRED_ERROR)
    return hadCaptcha
      ? "Identifiant ou mot de passe incorrect, ou vérification de sécurité expirée. Une nouvelle vérification est en cours."
      : "Identifiant ou mot de passe incorrect. Après plusieurs échecs, une vérification de sécurité automatique est demandée : attendez qu'elle se termine puis réessayez.";
  return "Identifiant ou mot de passe incorrect.";
}

export function LoginForm({
  callbackUrl,
  enrolmentActions,
}: {
  callbackUrl: string;
  enrolmentActions: EnrolmentActions;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Once failures ask for the security check: which round of it (each refusal brings a new challenge).
  const [captchaRound, setCaptchaRound] = useState<number | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  // Staff with a second factor: the password opened no session but a challenge, answered by the next step.
  const [secondFactor, setSecondFactor] = useState<Step | null>(null);
  const showError = useCallback((message: string) => {
    setSecondFactor(null);
    setError(message);
    requestAnimationFrame(() => errorRef.current?.focus());
  }, []);

  async function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const { email = "", password = "" } = formValues(new FormData(form));
    setPending(true);
    setError(null);
    const captcha = await captchaPayload(form);
    const result = await signIn("credentials", { email, password, ...(captcha ? { captcha } : {}), redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    const nextStep = parseSecondFactorStep(result?.error);
    if (nextStep) {
      setPending(false);
      setSecondFactor(nextStep);
      return;
    }
    // A challenge is good for one attempt: any failure once one is asked brings a new one.
    if (captchaRound !== null || result?.error === CAPTCHA_REQUIRED_ERROR) setCaptchaRound((captchaRound ?? 0) + 1);
    setPending(false);
    setError(failureMessage(result?.error, captchaRound !== null));
    requestAnimationFrame(() => errorRef.current?.focus());
  }

  if (secondFactor)
    return (
      <SecondFactorStep
        step={secondFactor}
        callbackUrl={callbackUrl}
        onRestart={showError}
        enrolmentActions={enrolmentActions}
      />
    );

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-6" noValidate>
      {error && (
        <p ref={errorRef} tabIndex={-1} role="alert" className="notice-error font-bold">
          {error}
        </p>
      )}
      <div>
        <label htmlFor="email" className="field-label">
          Adresse électronique
        </label>
        <span id="email-hint" className="field-hint">
          Format attendu : nom@domaine.fr
        </span>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          aria-describedby="email-hint"
          className="field-input"
        />
      </div>
      <div>
        <label htmlFor="password" className="field-label">
          Mot de passe
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="field-input"
        />
      </div>
      {captchaRound !== null && <CaptchaWidget key={captchaRound} />}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Connexion…" : "Se connecter"}
      </button>
      <p>
        <a href="/mot-de-passe-oublie">Mot de passe oublié ?</a>
      </p>
    </form>
  );
}
