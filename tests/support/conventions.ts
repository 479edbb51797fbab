import { submitHabilitationRequest } from "@/lib/habilitation/submit-habilitation-request";
import { startReview } from "@/lib/habilitation/start-review";
import { generateConvention } from "@/lib/habilitation/generate-convention";
import { recordConventionSending } from "@/lib/habilitation/record-convention-sending";
import { recordConventionSignature } from "@/lib/habilitation/record-convention-signature";
import { activateConvention } from "@/lib/habilitation/activate-convention";
import { isoDay } from "@/lib/validation/dates";
import type { SessionUser } from "@/lib/auth/session";
import { people, providerDetails } from "./habilitation-fixtures";

const request = { ip: "198.51.100.30", userAgent: "vitest" };

/** Runs the real habilitation use cases up to an active convention of the Caf 47 (integration tests). */
export async function activeConvention(
  agent: SessionUser,
  tag: string,
  input:
    | { type: "STRUCTURES"; facilityIds: string[]; scope?: { operatingInfo: boolean; availabilities: boolean } }
    | { type: "INFO_POINT"; communes: string[]; infoPointName?: string },
) {
  const team = people(2, tag);
  const submitted = await submitHabilitationRequest(
    input.type === "STRUCTURES"
      ? {
          type: "STRUCTURES",
          provider: providerDetails(),
          departementCode: "47",
          people: team,
          facilities: input.facilityIds.map((facilityId) => ({
            facilityId,
            ...(input.scope ?? { operatingInfo: true, availabilities: false }),
          })),
        }
      : {
          type: "INFO_POINT",
          provider: providerDetails(),
          departementCode: "47",
          people: team,
          infoPointName: input.infoPointName ?? "Relais des Landes",
          communes: input.communes,
        },
    request,
  );
  if (!submitted.ok) throw new Error("submission refused");
  await startReview(agent, submitted.id);
  const convention = await generateConvention(agent, submitted.id);
  await recordConventionSending(agent, submitted.id, { sentOn: isoDay(new Date()) });
  await recordConventionSignature(agent, submitted.id, { signedOn: isoDay(new Date()) });
  await activateConvention(agent, submitted.id);
  return { conventionId: convention.id, team };
}
