import { submitHabilitationRequest } from "@/lib/habilitation/submit-habilitation-request";
import { startReview } from "@/lib/habilitation/start-review";
import { generateConvention } from "@/lib/habilitation/generate-convention";
import { applyRequestDetailsToProvider } from "@/lib/habilitation/apply-request-details-to-provider";
import { recordConventionSending } from "@/lib/habilitation/record-convention-sending";
import { recordConventionSignature } from "@/lib/habilitation/record-convention-signature";
import { activateConvention } from "@/lib/habilitation/activate-convention";
import { isoDay } from "@/lib/validation/dates";
import { markAmendmentSent } from "@/lib/conventions/mark-amendment-sent";
import { signAmendment } from "@/lib/conventions/sign-amendment";
import type { SessionUser } from "@/lib/auth/session";
import { people, providerDetails } from "./habilitation-fixtures";

let submissions = 0;
// One address per submission: the per-IP rate limit of the public form is not what these tests exercise.
const request = () => ({ ip: `192.0.2.${(submissions++ % 250) + 1}`, userAgent: "vitest" });

type ConventionScope =
  | { type: "STRUCTURES"; facilityIds: string[]; scope?: { operatingInfo: boolean; availabilities: boolean } }
  | { type: "INFO_POINT"; communes: string[]; infoPointName?: string };

/** Submits a request to the Caf 47 and has the agent take it in charge (integration tests). */
export async function requestInReview(
  agent: SessionUser,
  tag: string,
  input: ConventionScope,
  provider = providerDetails(),
) {
  const team = people(2, tag);
  const submitted = await submitHabilitationRequest(
    input.type === "STRUCTURES"
      ? {
          type: "STRUCTURES",
          provider,
          departementCode: "47",
          people: team,
          facilities: input.facilityIds.map((facilityId) => ({
            facilityId,
            ...(input.scope ?? { operatingInfo: true, availabilities: false }),
          })),
        }
      : {
          type: "INFO_POINT",
          provider,
          departementCode: "47",
          people: team,
          infoPointName: input.infoPointName ?? "Relais des Landes",
          communes: input.communes,
        },
    request(),
  );
  await startReview(agent, submitted.id);
  return { requestId: submitted.id, team };
}

/**
 * Runs the real habilitation use cases up to a produced convention of the Caf 47 (integration tests).
 * A SIRET already known with other details needs the agent's `providerDecision` first.
 */
export async function producedConvention(
  agent: SessionUser,
  tag: string,
  input: ConventionScope,
  provider = providerDetails(),
  providerDecision?: "UPDATE" | "KEEP",
) {
  const { requestId, team } = await requestInReview(agent, tag, input, provider);
  if (providerDecision) await applyRequestDetailsToProvider(agent, requestId, { decision: providerDecision });
  const convention = await generateConvention(agent, requestId);
  return { requestId, conventionId: convention.id, team };
}

/** Records the partner's then the Caf's signature of the convention sent for a request. */
export async function signByBothParties(agent: SessionUser, requestId: string, signedOn = isoDay(new Date())) {
  await recordConventionSignature(agent, requestId, {
    party: "PARTNER",
    signedOn,
    place: "Nérac",
    signatory: "Armelle Dutertre, Présidente",
  });
  return recordConventionSignature(agent, requestId, {
    party: "CAF",
    signedOn,
    place: "Agen",
    signatory: "La directrice de la Caf",
  });
}

/** The same, up to an active convention. */
export async function activeConvention(agent: SessionUser, tag: string, input: ConventionScope) {
  const { requestId, conventionId, team } = await producedConvention(agent, tag, input);
  await recordConventionSending(agent, requestId, { sentOn: isoDay(new Date()) });
  await signByBothParties(agent, requestId);
  await activateConvention(agent, requestId, { paperCopyOnFile: true });
  return { conventionId, team };
}

/** Sends an avenant for signature and records both parties' signatures: it is then in force. */
export async function putAmendmentInForce(agent: SessionUser, amendmentId: string) {
  const today = isoDay(new Date());
  await markAmendmentSent(agent, amendmentId, { sentOn: today });
  await signAmendment(agent, amendmentId, {
    party: "PARTNER",
    signedOn: today,
    place: "Nérac",
    signatory: "La présidente",
  });
  return signAmendment(agent, amendmentId, {
    party: "CAF",
    signedOn: today,
    place: "Agen",
    signatory: "La directrice",
  });
}
