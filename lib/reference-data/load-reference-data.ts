// Brings the database to the packaged reference data (or another geography edition): what both
// `npm run db:setup` and the development seed run before anything else.
import { applyReferenceData, type AppliedReferenceData } from "./apply-reference-data";
import { planReferenceData, type ReferenceDataPlan } from "./plan-reference-data";
import { PACKAGED_GEOGRAPHY, type Geography } from "./reference-geography";

export async function loadReferenceData(
  geography: Geography = PACKAGED_GEOGRAPHY,
): Promise<{ plan: ReferenceDataPlan; applied: AppliedReferenceData }> {
  const plan = await planReferenceData(geography);
  return { plan, applied: await applyReferenceData(plan) };
}
