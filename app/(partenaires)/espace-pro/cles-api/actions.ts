"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/run-form-action";
import type { FormState } from "@/lib/forms/form-state";
import { createApiKey, revokeApiKey } from "@/lib/api/manage-api-keys";

export async function createApiKeyAction(_state: FormState, form: FormData): Promise<FormState> {
  let token = "";
  const state = await runFormAction(async () => {
    token = (
      await createApiKey(await requireRole(["PROVIDER_USER"]), {
        name: form.get("name"),
        providerId: form.get("providerId"),
      })
    ).token;
  }, "");
  revalidatePath("/espace-pro/cles-api");
  return state.status === "success"
    ? {
        status: "success",
        message: `Clé créée : ${token} — copiez-la maintenant dans votre logiciel, elle ne sera plus jamais affichée.`,
      }
    : state;
}

export async function revokeApiKeyAction(keyId: string, _state: FormState, _form: FormData): Promise<FormState> {
  const state = await runFormAction(
    async () => revokeApiKey(await requireRole(["PROVIDER_USER"]), keyId),
    "Clé révoquée : elle est refusée dès maintenant.",
  );
  revalidatePath("/espace-pro/cles-api");
  return state;
}
