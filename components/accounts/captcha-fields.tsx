"use client";

import { useState } from "react";
import type { CaptchaPair } from "@/lib/auth/captcha";

/**
 * The security check of a form: a code drawn as an image, or a question in words for people who cannot see
 * it. Switching kind happens in place, so nothing typed elsewhere in the form is lost.
 */
export function CaptchaFields({ challenges, error }: { challenges: CaptchaPair; error?: string }) {
  const [kind, setKind] = useState<"image" | "question">("image");
  const challenge = challenges[kind];
  const describedBy = [kind === "question" && "captcha-question", error && "captchaAnswer-error"]
    .filter(Boolean)
    .join(" ");
  return (
    <fieldset className="space-y-3">
      <legend className="field-label">Vérification de sécurité</legend>
      <input type="hidden" name="captchaToken" value={challenge.token} />
      {kind === "image" ? (
        // eslint-disable-next-line @next/next/no-img-element -- a one-off data URI, not an optimisable asset
        <img
          src={challenge.imageDataUri}
          alt="Code de sécurité à recopier (image). Une question sans image est proposée juste en dessous."
          width={180}
          height={60}
          className="border border-bordure"
        />
      ) : (
        <p id="captcha-question">{challenge.question}</p>
      )}
      <p className="text-sm">
        <button
          type="button"
          className="underline"
          onClick={() => setKind(kind === "image" ? "question" : "image")}
          aria-controls="captchaAnswer"
        >
          {kind === "image"
            ? "Je ne peux pas lire l'image : répondre à une question à la place"
            : "Utiliser plutôt un code en image"}
        </button>
      </p>
      <div>
        <label htmlFor="captchaAnswer" className="field-label">
          {kind === "image" ? "Code de sécurité (majuscules ou minuscules indifférentes)" : "Réponse à la question"}
        </label>
        <input
          key={challenge.token}
          id="captchaAnswer"
          name="captchaAnswer"
          type="text"
          autoComplete="off"
          inputMode={kind === "question" ? "numeric" : undefined}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          className={`field-input ${error ? "border-erreur" : ""}`}
        />
        {error && (
          <span id="captchaAnswer-error" className="field-error">
            {error}
          </span>
        )}
      </div>
    </fieldset>
  );
}
