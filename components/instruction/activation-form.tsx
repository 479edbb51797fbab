"use client";

import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import type { FormState } from "@/lib/forms/form-state";
import { MAX_SCAN_BYTES, SCAN_TOO_LARGE_MESSAGE } from "@/lib/conventions/scan-limit";

const UNREACHABLE: FormState = {
  status: "error",
  message: "L'envoi n'a pas abouti (connexion interrompue ?). Aucune donnée n'a été modifiée : réessayez.",
};

/**
 * Activation on evidence of the signed copy. The scan (up to 10 Mo) is posted to its own route, streamed,
 * rather than through a server action whose body is limited to 1 Mo; a larger file is refused here before
 * it is sent.
 */
export function ActivationForm({ requestId }: { requestId: string }) {
  const router = useRouter();
  async function activate(_state: FormState, form: FormData): Promise<FormState> {
    const scan = form.get("scan");
    if (scan instanceof File && scan.size > MAX_SCAN_BYTES) return { status: "error", message: SCAN_TOO_LARGE_MESSAGE };
    const response = await fetch(`/api/demandes/${encodeURIComponent(requestId)}/activation`, {
      method: "POST",
      body: form,
    }).catch(() => null);
    const state = ((await response?.json().catch(() => null)) as FormState | null) ?? UNREACHABLE;
    if (state.status === "success") router.refresh();
    return state;
  }
  return (
    <ActionForm action={activate} submitLabel="Activer les comptes" encType="multipart/form-data">
      <div>
        <label htmlFor="scan" className="field-label">
          Convention signée numérisée
        </label>
        <span id="scan-hint" className="field-hint">
          PDF, 10 Mo au maximum
        </span>
        <input
          id="scan"
          name="scan"
          type="file"
          accept="application/pdf"
          aria-describedby="scan-hint"
          className="mt-1 block"
        />
      </div>
      <div className="flex items-start gap-2">
        <input id="paperCopyOnFile" name="paperCopyOnFile" type="checkbox" className="mt-1" />
        <label htmlFor="paperCopyOnFile">
          À défaut de fichier : je déclare que l'exemplaire papier signé par les deux parties est classé au dossier
          (déclaration enregistrée à mon nom).
        </label>
      </div>
    </ActionForm>
  );
}
