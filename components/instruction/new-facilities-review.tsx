import type { HabilitationRequestDetail } from "@/lib/habilitation/get-habilitation-request";
import type { RequestChecks } from "@/lib/habilitation/get-request-checks";
import { FACILITY_KIND_LABELS } from "@/lib/catalogue/facility-kinds";
import type { FormState } from "@/lib/forms/form-state";
import { ActionForm } from "@/components/forms/action-form";

type Accept = (newFacilityId: string) => (state: FormState, form: FormData) => Promise<FormState>;

/** Facilities asked for outside the catalogue: the agent creates each in the catalogue or matches it. */
export function NewFacilitiesReview({
  newFacilities,
  candidates,
  canDecide,
  accept,
}: {
  newFacilities: HabilitationRequestDetail["newFacilities"];
  candidates: RequestChecks["matchCandidates"];
  canDecide: boolean;
  accept: Accept;
}) {
  if (newFacilities.length === 0) return null;
  return (
    <section aria-labelledby="hors-catalogue" className="space-y-4">
      <h2 id="hors-catalogue" className="text-xl font-bold">
        Structures hors catalogue ({newFacilities.length})
      </h2>
      <ul className="space-y-4">
        {newFacilities.map((proposed) => {
          const options = candidates[proposed.id] ?? [];
          const titleId = `nouvelle-${proposed.id}`;
          return (
            <li key={proposed.id} className="card space-y-3" aria-labelledby={titleId}>
              <h3 id={titleId} className="font-bold">
                {proposed.name} ({FACILITY_KIND_LABELS[proposed.kind]})
              </h3>
              <p>
                {proposed.street}, {proposed.postcode} {proposed.commune.name} — publications demandées :{" "}
                {[proposed.operatingInfo && "modalités de fonctionnement", proposed.availabilities && "disponibilités"]
                  .filter(Boolean)
                  .join(", ")}
              </p>
              {proposed.facility ? (
                <p className="notice-success">
                  {proposed.createdInCatalogue ? "Ajoutée au catalogue" : "Rattachée à la structure du catalogue"} «{" "}
                  {proposed.facility.name} ».
                </p>
              ) : canDecide ? (
                <div className="grid gap-6 md:grid-cols-2">
                  <ActionForm action={accept(proposed.id)} submitLabel="Accepter et ajouter au catalogue">
                    <input type="hidden" name="decision" value="create" />
                  </ActionForm>
                  {options.length > 0 && (
                    <ActionForm
                      action={accept(proposed.id)}
                      submitLabel="Rattacher à cette structure"
                      variant="secondary"
                    >
                      <input type="hidden" name="decision" value="match" />
                      <div>
                        <label htmlFor={`match-${proposed.id}`} className="field-label">
                          Structure du catalogue de la même commune
                        </label>
                        <select
                          id={`match-${proposed.id}`}
                          name="facilityId"
                          className="field-input"
                          defaultValue={options.find((o) => o.sameName)?.id}
                        >
                          {options.map((option) => (
                            <option key={option.id} value={option.id}>
                              {option.label}
                            </option>
                          ))}
                        </select>
                      </div>
                    </ActionForm>
                  )}
                </div>
              ) : (
                <p>À accepter pendant l'instruction (prenez la demande en charge).</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
