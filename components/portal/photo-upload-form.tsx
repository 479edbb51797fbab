"use client";

import { useRef, useState, type SubmitEvent } from "react";
import { useRouter } from "next/navigation";

/** Sends the photo to its route handler (above the server actions' body limit); outcomes are announced and focused. */
export function PhotoUploadForm({ facilityId }: { facilityId: string }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const answer: { ok: boolean; body: { message?: string; error?: string } } = await fetch(
      `/espace-pro/structures/${facilityId}/photo`,
      {
        method: "POST",
        body: new FormData(event.currentTarget),
      },
    )
      .then(async (response) => ({ ok: response.ok, body: (await response.json()) as { message?: string } }))
      .catch(() => ({
        ok: false,
        body: { error: "La photo n'a pas pu être envoyée : vérifiez votre connexion puis réessayez." },
      }));
    setPending(false);
    setOutcome({ ok: answer.ok, text: (answer.ok ? answer.body.message : answer.body.error) ?? "Photo refusée." });
    if (answer.ok) router.refresh();
    requestAnimationFrame(() => outcomeRef.current?.focus());
  }

  return (
    <form onSubmit={submit} className="space-y-4" encType="multipart/form-data">
      {outcome && (
        <div
          ref={outcomeRef}
          tabIndex={-1}
          role={outcome.ok ? "status" : "alert"}
          className={`font-bold ${outcome.ok ? "notice-success" : "notice-error"}`}
        >
          {outcome.text}
        </div>
      )}
      <div>
        <label htmlFor="photo-file" className="field-label">
          Photo (JPEG, PNG ou WebP)
        </label>
        <span id="photo-file-hint" className="field-hint">
          2 Mo au maximum. Pas de visage d'enfant reconnaissable.
        </span>
        <input
          id="photo-file"
          name="file"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          required
          aria-describedby="photo-file-hint"
          className="mt-1 block"
        />
      </div>
      <div>
        <label htmlFor="photo-alt" className="field-label">
          Description de la photo
        </label>
        <span id="photo-alt-hint" className="field-hint">
          Lue aux personnes aveugles, par exemple « La salle de jeux des grands, lumineuse, avec des tapis ».
        </span>
        <input
          type="text"
          id="photo-alt"
          name="altText"
          required
          minLength={5}
          maxLength={200}
          aria-describedby="photo-alt-hint"
          className="field-input"
        />
      </div>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {pending ? "Envoi de la photo…" : "Envoyer la photo à la Caf"}
      </button>
    </form>
  );
}
