"use client";

import { formValues } from "@/lib/forms/form-state";
import { useEffect, useRef, useState, type SubmitEvent } from "react";
import { signIn } from "next-auth/react";
import { CAPTCHA_REQUIRED_ERROR, delayOf } from "@/lib/auth/login-errors";
import {
  SECOND_FACTOR_ERRORS,
  SECOND_FACTOR_MESSAGES,
  secondFactorDelayMessage,
  type SecondFactorStep as Step,
} from "@/lib/auth/second-factor/sign-in-steps";
import type { EnrolmentConfirmation, EnrolmentStart } from "@/lib/auth/second-factor/enrol-at-sign-in";
import type { TotpEnrolment } from "@/lib/auth/second-factor/totp";

/** The sign-in page's server actions that enrol an authenticator app during the second step. */
export type EnrolmentActions = {
  begin: (challenge: unknown) => Promise<EnrolmentStart>;
  confirm: (challenge: unknown, code: unknown) => Promise<EnrolmentConfirmation>;
};

/** Second step of a staff sign-in: the code of the authenticator app (or a recovery code), or its enrolment. */
export function SecondFactorStep({
  step,
  callbackUrl,
  onRestart,
  enrolmentActions,
}: {
  step: Step;
  callbackUrl: string;
  onRestart: (message: string) => void;
  enrolmentActions: EnrolmentActions;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
    if (step.kind !== "enrolment") return;
    void enrolmentActions
      .begin(step.challenge)
      .then((result) => (result.ok ? setEnrolment(result.enrolment) : onRestart(result.message)));
  }, [step, onRestart, enrolmentActions]);

  useEffect(() => headingRef.current?.focus(), [recoveryCodes]);

  function showError(message: string) {
    setError(message);
    requestAnimationFrame(() => errorRef.current?.focus());
  }

  async function openSession(code?: string) {
    const result = await signIn("credentials", { challenge: step.challenge, code: code ?? "", redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    const delay = delayOf(result?.error);
    if (result?.error === SECOND_FACTOR_ERRORS.invalidCode) showError(SECOND_FACTOR_MESSAGES.SecondFactorInvalid);
    else if (delay !== null) showError(secondFactorDelayMessage(delay));
    else if (result?.error === CAPTCHA_REQUIRED_ERROR) onRestart(SECOND_FACTOR_MESSAGES.CaptchaRequired);
    else onRestart(SECOND_FACTOR_MESSAGES.SecondFactorExpired);
  }

  async function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const { code = "" } = formValues(new FormData(event.currentTarget));
    setPending(true);
    setError(null);
    if (step.kind === "code") {
      await openSession(code);
    } else {
      const result = await enrolmentActions.confirm(step.challenge, code);
      if (result.ok) setRecoveryCodes(result.recoveryCodes);
      else if (result.restart) onRestart(result.message);
      else showError(result.message);
    }
    setPending(false);
  }

  if (recoveryCodes) {
    return (
      <section aria-labelledby="second-factor-title" className="mt-6 space-y-4">
        <h2 id="second-factor-title" ref={headingRef} tabIndex={-1} className="text-xl font-bold">
          Vos codes de secours
        </h2>
        <p>
          Votre second facteur est activé. Conservez ces dix codes en lieu sûr (imprimés ou dans un gestionnaire de mots
          de passe) : chacun permet une seule connexion si vous n'avez plus votre application. Ils ne seront plus
          affichés.
        </p>
        <ul aria-label="Codes de secours" className="grid grid-cols-2 gap-2 font-mono text-lg">
          {recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <button
          type="button"
          className="btn-primary"
          disabled={pending}
          onClick={() => {
            setPending(true);
            void openSession().finally(() => setPending(false));
          }}
        >
          J'ai conservé mes codes de secours, continuer
        </button>
      </section>
    );
  }

  const enrolling = step.kind === "enrolment";
  return (
    <section aria-labelledby="second-factor-title" className="mt-6 space-y-4">
      <h2 id="second-factor-title" ref={headingRef} tabIndex={-1} className="text-xl font-bold">
        {enrolling ? "Activez votre second facteur" : "Vérification en deux étapes"}
      </h2>
      {enrolling ? (
        <>
          <p>
            Votre compte doit être protégé par un second facteur. Ajoutez-le dans une application d'authentification
            (par exemple FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator) en scannant ce QR code, ou en
            saisissant la clé ci-dessous, puis saisissez le code à 6 chiffres qu'elle affiche.
          </p>
          {enrolment ? (
            <>
              {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URI, nothing to optimise */}
              <img
                src={`data:image/svg+xml;base64,${btoa(enrolment.qrCodeSvg)}`}
                alt="QR code à scanner avec votre application d'authentification"
                width={200}
                height={200}
                className="border border-gray-300"
              />
              <p>
                Clé à saisir à la main : <code data-testid="totp-manual-key">{enrolment.manualKey}</code>
              </p>
            </>
          ) : (
            <p role="status">Préparation de la clé…</p>
          )}
        </>
      ) : (
        <p>
          Saisissez le code à 6 chiffres affiché par votre application d'authentification, ou un de vos codes de
          secours.
        </p>
      )}
      <form onSubmit={onSubmit} className="space-y-6" noValidate>
        {error && (
          <p ref={errorRef} tabIndex={-1} role="alert" className="notice-error font-bold">
            {error}
          </p>
        )}
        <div>
          <label htmlFor="second-factor-code" className="field-label">
            {enrolling ? "Code à 6 chiffres" : "Code de vérification"}
          </label>
          <span id="second-factor-code-hint" className="field-hint">
            {enrolling ? "Format attendu : 6 chiffres" : "6 chiffres, ou un code de secours de la forme ABCDE-FGHJK"}
          </span>
          <input
            id="second-factor-code"
            name="code"
            type="text"
            autoComplete="one-time-code"
            spellCheck={false}
            required
            aria-describedby="second-factor-code-hint"
            className="field-input"
          />
        </div>
        <button type="submit" className="btn-primary" disabled={pending || (enrolling && !enrolment)}>
          {pending ? "Vérification…" : "Valider"}
        </button>
      </form>
    </section>
  );
}
