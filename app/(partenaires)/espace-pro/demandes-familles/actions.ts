"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/run-form-action";
import type { FormState } from "@/lib/forms/form-state";
import { markFamilyRequestHandled } from "@/lib/family-requests/mark-family-request-handled";

export async function markHandledAction(requestId: string, _state: FormState, _form: FormData): Promise<FormState> {
  const state = await runFormAction(
    async () => markFamilyRequestHandled(await requireRole(["INFO_POINT_USER", "PROVIDER_USER"]), requestId),
    "Demande marquée comme traitée.",
  );
  revalidatePath("/espace-pro/demandes-familles");
  return state;
}
