import { Link } from "@/components/link";
import type { RequestChecks } from "@/lib/habilitation/get-request-checks";
import { HABILITATION_STATUS_NAMES } from "@/lib/habilitation/habilitation-state-machine";
import { ActionForm } from "@/components/forms/action-form";
import { TextAreaField } from "@/components/forms/textarea-field";
import type { FormState } from "@/lib/forms/form-state";
import { DataTable, DataTableRow } from "@/components/data-table";
import { formatMediumDay } from "@/lib/text/french-dates";

/** What the agent must check: findings that inform the decision, never block it. */
export function RequestChecksPanel({
  checks,
  recordDecision,
}: {
  checks: RequestChecks;
  recordDecision: (state: FormState, form: FormData) => Promise<FormState>;
}) {
  return (
    <section aria-labelledby="verifications" className="card space-y-4">
      <h2 id="verifications" className="text-xl font-bold">
        Ce que vous devez vérifier
      </h2>
      {checks.warnings.length > 0 ? (
        <div className="notice-error" role="note">
          <p className="font-bold">
            {checks.warnings.length} point{checks.warnings.length > 1 ? "s" : ""} d'attention
          </p>
          <ul className="mt-1 list-disc pl-5">
            {checks.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="notice-success">Aucune incohérence relevée avec le catalogue et les demandes connues.</p>
      )}
      <p className="text-sm text-texte-mention">
        Ces vérifications vous informent : elles ne bloquent pas l'instruction. Votre appréciation est consignée.
      </p>

      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-bold">Clé du SIRET (Luhn)</dt>
        <dd>{checks.siretValid ? "valide" : "invalide"}</dd>
        <dt className="font-bold">SIRET déjà connu</dt>
        <dd>
          {checks.knownProvider
            ? checks.knownProvider.differences.length
              ? `oui, ${checks.knownProvider.legalName}, avec d'autres informations (${checks.knownProvider.differences
                  .map((d) => d.field)
                  .join(", ")}) : voir « Fiche du gestionnaire » ci-dessous`
              : `oui, ${checks.knownProvider.legalName}, mêmes informations`
            : "non, nouveau partenaire"}
        </dd>
      </dl>

      {checks.facilities.length > 0 && (
        <DataTable
          caption="Gestionnaire et conventions de chaque structure"
          captionVisible
          columns={["Structure", "Gestionnaire selon le catalogue", "Conventions en cours"]}
        >
          {checks.facilities.map((facility) => (
            <DataTableRow key={facility.facilityId}>
              <td className="p-2">{facility.name}</td>
              <td className="p-2">
                {facility.manager ?? "non renseigné"} —{" "}
                <strong>
                  {facility.managerMatches ? "correspond au demandeur" : "ne correspond pas au demandeur"}
                </strong>
              </td>
              <td className="p-2">
                {facility.conventions.length
                  ? facility.conventions.map((c) => `${c.number} (${c.partner})`).join(", ")
                  : "aucune"}
              </td>
            </DataTableRow>
          ))}
        </DataTable>
      )}

      <div>
        <h3 className="font-bold">Demandes antérieures avec le même SIRET ou courriel</h3>
        {checks.earlierRequests.length ? (
          <ul className="mt-1 list-disc pl-5">
            {checks.earlierRequests.map((earlier) => (
              <li key={earlier.id}>
                {earlier.otherCaf ? (
                  earlier.reference
                ) : (
                  <Link href={`/caf/demandes/${earlier.id}`}>{earlier.reference}</Link>
                )}{" "}
                — {earlier.legalName} — {HABILITATION_STATUS_NAMES[earlier.status]} — déposée le{" "}
                {formatMediumDay(earlier.submittedAt)}
                {earlier.otherCaf && " (autre Caf)"}
              </li>
            ))}
          </ul>
        ) : (
          <p>Aucune.</p>
        )}
      </div>

      {checks.decisions.length > 0 && (
        <div>
          <h3 className="font-bold">Appréciations consignées</h3>
          <ul className="mt-1 list-disc pl-5">
            {checks.decisions.map((decision) => (
              <li key={decision.id}>
                {formatMediumDay(decision.at)}, {decision.actorName} : {decision.note}
              </li>
            ))}
          </ul>
        </div>
      )}
      <details>
        <summary className="cursor-pointer font-bold">Consigner mon appréciation des vérifications</summary>
        <div className="mt-4">
          <ActionForm action={recordDecision} submitLabel="Consigner" variant="secondary">
            <TextAreaField
              id="check-note"
              name="note"
              label="Votre appréciation"
              hint="Par exemple : « gestionnaire confirmé par téléphone, le catalogue sera corrigé »."
              minLength={3}
              rows={3}
            />
          </ActionForm>
        </div>
      </details>
    </section>
  );
}
