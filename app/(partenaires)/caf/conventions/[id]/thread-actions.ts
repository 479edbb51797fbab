"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/run-form-action";
import type { FormState } from "@/lib/forms/form-state";
import { postCafMessage } from "@/lib/threads/post-caf-message";

export async function postConventionMessageAction(
  conventionId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const state = await runFormAction(
    async () =>
      postCafMessage(await requireRole(["CAF_AGENT", "CNAF_ADMIN"]), { conventionId }, { body: form.get("body") }),
    "Le message est envoyé aux personnes habilitées.",
  );
  revalidatePath(`/caf/conventions/${conventionId}`);
  return state;
}
