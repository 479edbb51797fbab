"use client";

import { useCallback, useRef, useState, type SubmitEvent } from "react";
import { signIn } from "next-auth/react";
import { CAPTCHA_REQUIRED_ERROR, delayOf } from "@/lib/auth/login-errors";
import { formValues } from "@/lib/forms/form-state";
import type { CaptchaPair } from "@/lib/auth/captcha";
import { CaptchaFields } from "@/components/accounts/captcha-fields";
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
      ? "Identifiant, mot de passe ou code de sécurité incorrect. Un nouveau code vous est proposé."
      : "Identifiant ou mot de passe incorrect. Après plusieurs échecs, une vérification de sécurité est demandée : complétez-la puis réessayez.";
  return "Identifiant ou mot de passe incorrect.";
}

export function LoginForm({
  callbackUrl,
  newCaptchaAction,
  enrolmentActions,
}: {
  callbackUrl: string;
  newCaptchaAction: () => Promise<CaptchaPair>;
  enrolmentActions: EnrolmentActions;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [captcha, setCaptcha] = useState<CaptchaPair | null>(null);
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
    const {
      email = "",
      password = "",
      captchaToken = "",
      captchaAnswer = "",
    } = formValues(new FormData(event.currentTarget));
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email,
      password,
      ...(captcha ? { captchaToken, captchaAnswer } : {}),
      redirect: false,
    });
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
    if (captcha || result?.error === CAPTCHA_REQUIRED_ERROR) setCaptcha(await newCaptchaAction());
    setPending(false);
    setError(failureMessage(result?.error, captcha !== null));
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
      {captcha && <CaptchaFields challenges={captcha} />}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Connexion…" : "Se connecter"}
      </button>
      <p>
        <a href="/mot-de-passe-oublie">Mot de passe oublié ?</a>
      </p>
    </form>
  );
}
