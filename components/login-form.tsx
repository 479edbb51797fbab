"use client";

import { useRef, useState, type SubmitEvent } from "react";
import { signIn } from "next-auth/react";
import { LOGIN_LOCKED_ERROR } from "@/lib/auth/login-errors";
import { formValues } from "@/lib/forms/form-state";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  async function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const { email = "", password = "" } = formValues(new FormData(event.currentTarget));
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email,
      password,
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setError(
      result?.error === LOGIN_LOCKED_ERROR
        ? "Trop de tentatives infructueuses : la connexion est bloquée temporairement. Réessayez dans quelques minutes ou demandez un nouveau mot de passe."
        : "Identifiant ou mot de passe incorrect.",
    );
    requestAnimationFrame(() => errorRef.current?.focus());
  }

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
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Connexion…" : "Se connecter"}
      </button>
      <p>
        <a href="/mot-de-passe-oublie">Mot de passe oublié ?</a>
      </p>
    </form>
  );
}
