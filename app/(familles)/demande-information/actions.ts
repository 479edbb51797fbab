"use server";

import { submitFamilyRequest, type NoInfoPoint } from "@/lib/family-requests/submit-family-request";
import { runPayloadAction, type PayloadActionResult } from "@/lib/forms/run-payload-action";
import { currentRequestInfo } from "@/lib/auth/request-info";

export async function submitFamilyRequestAction(input: unknown): Promise<PayloadActionResult<NoInfoPoint>> {
  let noInfoPoint: NoInfoPoint | undefined;
  let redirectTo = "";
  const result = await runPayloadAction(
    async () => {
      const submitted = await submitFamilyRequest(input, await currentRequestInfo());
      if ("noInfoPoint" in submitted) noInfoPoint = submitted.noInfoPoint;
      else
        redirectTo = `/demande-information/confirmation?reference=${encodeURIComponent(submitted.reference)}&lieu=${encodeURIComponent(submitted.infoPointName)}`;
    },
    "Votre demande est envoyée.",
    { failure: "La demande n'a pas pu être envoyée. Réessayez dans quelques instants." },
  );
  // Nothing was stored: the family is given its Caf's contact instead.
  if (result.ok && noInfoPoint)
    return {
      ok: false,
      message: `Aucun lieu d'information n'est encore habilité pour ${noInfoPoint.communeName}`,
      details: noInfoPoint,
    };
  return result.ok ? { ...result, redirectTo } : result;
}
