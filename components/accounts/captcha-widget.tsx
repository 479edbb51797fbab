"use client";

import { useEffect, useState } from "react";
import type {} from "altcha/types/react";
import type { Strings } from "altcha/types";
import "altcha/altcha.css";

export const CAPTCHA_FIELD = "captcha";
const WIDGET_SELECTOR = "altcha-widget";

const LANGUAGE = "fr";
// The widget's own words, in French and without a link to the vendor: the check is part of our form.
const STRINGS: Strings & Record<string, string> = {
  ariaLinkLabel: "ALTCHA",
  enterCode: "Saisissez le code",
  enterCodeAria: "Saisissez le code entendu. Appuyez sur Espace pour l'écouter.",
  error: "La vérification a échoué. Réessayez.",
  expired: "La vérification a expiré. Cochez à nouveau la case.",
  footer: "",
  getAudioChallenge: "Écouter un code",
  label: "Je ne suis pas un robot",
  loading: "Chargement…",
  reload: "Recommencer",
  verify: "Vérifier",
  verificationRequired: "Vérification de sécurité requise.",
  verified: "Vérification terminée",
  verifying: "Vérification en cours…",
  waitAlert: "Vérification en cours, veuillez patienter.",
};

type AltchaElement = HTMLElement & { verify: () => Promise<unknown>; getState: () => string };

/**
 * The security check of a form (lib/auth/captcha.ts): the browser solves a proof-of-work challenge in a
 * worker, with nothing to read, hear or type, so it works the same with a keyboard or a screen reader, and
 * the rest of the form is left untouched. Give it a new `key` to get a new challenge after a refusal.
 */
export function CaptchaWidget() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const unmounted = new AbortController();
    // A custom element that only exists in the browser. The "external" build creates no blob worker: the
    // worker is served from this site, as the CSP (worker-src 'self') wants.
    void (async () => {
      await import("altcha/external");
      globalThis.$altcha.i18n.set(LANGUAGE, STRINGS);
      globalThis.$altcha.algorithms.set("PBKDF2/SHA-256", () => new Worker("/api/captcha/worker"));
      if (!unmounted.signal.aborted) setReady(true);
    })();
    return () => unmounted.abort();
  }, []);
  return (
    <fieldset id={CAPTCHA_FIELD} className="space-y-3">
      <legend className="field-label">Vérification de sécurité</legend>
      <p id="captcha-hint" className="field-hint">
        Votre navigateur effectue un court calcul (environ une seconde) qui prouve que la demande ne vient pas d'un
        robot. Il n'y a rien à lire ni à recopier ; le formulaire attend la fin du calcul si besoin.
      </p>
      {ready ? (
        <altcha-widget
          challenge="/api/captcha"
          name={CAPTCHA_FIELD}
          auto="onload"
          language={LANGUAGE}
          configuration={JSON.stringify({ hideFooter: true, hideLogo: true, minDuration: 0 })}
          // A 24 px target at least (WCAG 2.5.8), though there is nothing to tick.
          style={{ "--altcha-checkbox-size": "24px" }}
        />
      ) : (
        <p role="status">Chargement de la vérification…</p>
      )}
    </fieldset>
  );
}

/**
 * The solved challenge of the form's check, waiting for the computation if it is still running: a person
 * who submits quickly is not refused for being faster than the worker. Empty when the form has no check.
 */
export async function captchaPayload(form: HTMLFormElement): Promise<string> {
  const widget = form.querySelector<AltchaElement>(WIDGET_SELECTOR);
  const solved = () => {
    const value = new FormData(form).get(CAPTCHA_FIELD);
    return typeof value === "string" ? value : "";
  };
  if (!widget || solved()) return solved();
  if (widget.getState() !== "verifying") await widget.verify().catch(() => null);
  else
    await new Promise<void>((resolve) => {
      const onChange = (event: Event) => {
        if ((event as CustomEvent<{ state: string }>).detail.state === "verifying") return;
        widget.removeEventListener("statechange", onChange);
        resolve();
      };
      widget.addEventListener("statechange", onChange);
    });
  return solved();
}
