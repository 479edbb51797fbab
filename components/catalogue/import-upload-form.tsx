"use client";

import { useRef, useState, type SubmitEvent } from "react";
import { useRouter } from "next/navigation";

/** Sends the CSV for a dry run, then opens its preview; errors are announced and focused. */
export function ImportUploadForm({ cafs }: { cafs?: { id: string; label: string }[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const answer = await fetch("/caf/structures/import/televerser", {
      method: "POST",
      body: new FormData(event.currentTarget),
    })
      .then(async (response) => ({
        ok: response.ok,
        body: (await response.json()) as { jobId?: string; error?: string },
      }))
      .catch((): { ok: boolean; body: { jobId?: string; error?: string } } => ({
        ok: false,
        body: { error: "Le fichier n'a pas pu être envoyé : vérifiez votre connexion puis réessayez." },
      }));
    if (answer.ok && answer.body.jobId) {
      router.push(`/caf/structures/import/${answer.body.jobId}`);
      return;
    }
    setPending(false);
    setError(answer.body.error ?? "Fichier refusé.");
    requestAnimationFrame(() => errorRef.current?.focus());
  }

  return (
    <form onSubmit={submit} className="space-y-4" encType="multipart/form-data">
      {error && (
        <div ref={errorRef} tabIndex={-1} role="alert" className="notice-error font-bold">
          {error}
        </div>
      )}
      {cafs && (
        <div>
          <label htmlFor="cafId" className="field-label">
            Caf (obligatoire)
          </label>
          <select id="cafId" name="cafId" required className="field-input">
            <option value="">Choisir une Caf</option>
            {cafs.map((caf) => (
              <option key={caf.id} value={caf.id}>
                {caf.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor="file" className="field-label">
          Fichier CSV des structures (obligatoire)
        </label>
        <span id="file-hint" className="field-hint">
          Format CSV séparé par des points-virgules, 5 Mo et 20 000 lignes au plus.
        </span>
        <input
          id="file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          aria-describedby="file-hint"
          className="mt-1 block"
        />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Analyse du fichier…" : "Vérifier le fichier"}
      </button>
      {pending && (
        <p role="status">Analyse du fichier en cours : chaque ligne est vérifiée, rien n'est encore enregistré.</p>
      )}
    </form>
  );
}
