"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/run-form-action";
import type { FormState } from "@/lib/forms/form-state";
import { assignDeskItem } from "@/lib/desk/assign-desk-item";
import { closeChangeAsk } from "@/lib/desk/close-change-ask";

const CAF_ROLES = ["CAF_AGENT", "CNAF_ADMIN"] as const;

export async function assignAction(
  kind: "request" | "changeAsk",
  id: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const state = await runFormAction(
    async () => assignDeskItem(await requireRole(CAF_ROLES), { kind, id, assignee: form.get("assignee") }),
    "L'agent chargé est enregistré.",
  );
  revalidatePath("/caf/bureau");
  return state;
}

export async function closeChangeAskAction(askId: string, _state: FormState, form: FormData): Promise<FormState> {
  const state = await runFormAction(
    async () => closeChangeAsk(await requireRole(CAF_ROLES), askId, { note: form.get("note") }),
    "La demande de modification est marquée comme traitée.",
  );
  revalidatePath("/caf/bureau");
  return state;
}
