"use server";

import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/forms/run-form-action";
import type { FormState } from "@/lib/forms/form-state";
import { currentRequestInfo } from "@/lib/auth/request-info";
import { replyFromFollowUp } from "@/lib/threads/reply-from-follow-up";

// No session: the unguessable follow-up token is the requester's credential, checked by the use case.
export async function replyFromFollowUpAction(token: string, _state: FormState, form: FormData): Promise<FormState> {
  const state = await runFormAction(
    async () => replyFromFollowUp(token, { body: form.get("body") }, await currentRequestInfo()),
    "Votre message est envoyé à la Caf.",
  );
  revalidatePath(`/suivi/${token}`);
  return state;
}
