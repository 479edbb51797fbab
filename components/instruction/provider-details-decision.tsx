import { Link } from "@/components/link";
import { DataTable, DataTableRow, DataTableRowHeader } from "@/components/data-table";
import type { RequestChecks } from "@/lib/habilitation/get-request-checks";
import { PROVIDER_FIELD_NAMES } from "@/lib/habilitation/provider-details";
import type { FormState } from "@/lib/forms/form-state";
import { ActionForm } from "@/components/forms/action-form";
import { formatMediumDateTime } from "@/lib/text/french-dates";

const DECISION_NAMES = {
  UPDATE: "Gestionnaire mis à jour avec la demande",
  KEEP: "Fiche actuelle conservée",
} as const;

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A SIRET known with other details: the record and the request side by side, the agent's decision on
 * what the record becomes (before the convention is produced), and the record's history.
 */
export function ProviderDetailsDecision({
  knownProvider,
  canDecide,
  decide,
}: {
  knownProvider: NonNullable<RequestChecks["knownProvider"]>;
  canDecide: boolean;
  decide: (state: FormState, form: FormData) => Promise<FormState>;
}) {
  const { differences, decisionPending, revisions } = knownProvider;
  if (differences.length === 0 && revisions.length === 0) return null;
  return (
    <section aria-labelledby="fiche-gestionnaire" className="card space-y-4">
      <h2 id="fiche-gestionnaire" className="text-xl font-bold">
        Fiche du gestionnaire {knownProvider.legalName}
      </h2>
      {differences.length > 0 && (
        <>
          {decisionPending ? (
            <p className="notice-error" role="note">
              <strong>Décision attendue :</strong> ce SIRET est déjà connu avec d'autres informations. Choisissez
              ci-dessous si la fiche du gestionnaire prend les informations de la demande ; la convention ne peut être
              produite qu'après cette décision.
            </p>
          ) : (
            <p>
              La décision est enregistrée (voir l'historique) ; elle peut encore être revue avant de produire la
              convention.
            </p>
          )}
          <DataTable
            caption="Informations qui diffèrent entre la fiche et la demande"
            captionVisible
            columns={["Information", "Fiche actuelle", "Demande"]}
          >
            {differences.map((difference) => (
              <DataTableRow key={difference.key}>
                <DataTableRowHeader className="font-normal">{capitalized(difference.field)}</DataTableRowHeader>
                <td className="p-2">{difference.known}</td>
                <td className="p-2">{difference.requested}</td>
              </DataTableRow>
            ))}
          </DataTable>
          {canDecide ? (
            <ActionForm action={decide} submitLabel="Enregistrer la décision">
              <fieldset>
                <legend className="field-label">Que devient la fiche du gestionnaire ?</legend>
                <p id="decision-hint" className="field-hint">
                  Les conventions déjà produites gardent les informations qu'elles portent.
                </p>
                <div className="mt-2 space-y-2">
                  <div className="flex items-start gap-2">
                    <input
                      id="decision-update"
                      type="radio"
                      name="decision"
                      value="UPDATE"
                      required
                      aria-describedby="decision-hint"
                      className="mt-1"
                    />
                    <label htmlFor="decision-update">
                      Mettre à jour le gestionnaire avec les informations de la demande
                    </label>
                  </div>
                  <div className="flex items-start gap-2">
                    <input id="decision-keep" type="radio" name="decision" value="KEEP" className="mt-1" />
                    <label htmlFor="decision-keep">Conserver la fiche actuelle</label>
                  </div>
                </div>
              </fieldset>
              <div>
                <label htmlFor="decision-reason" className="field-label">
                  Motif (facultatif)
                </label>
                <span id="decision-reason-hint" className="field-hint">
                  Par exemple : « adresse du siège changée, confirmée par le Kbis ».
                </span>
                <textarea
                  id="decision-reason"
                  name="reason"
                  maxLength={1000}
                  rows={2}
                  aria-describedby="decision-reason-hint"
                  className="field-input"
                />
              </div>
            </ActionForm>
          ) : (
            decisionPending && <p>La décision se prend pendant l'instruction, avant de produire la convention.</p>
          )}
        </>
      )}
      {revisions.length > 0 && (
        <DataTable
          caption="Historique des décisions sur la fiche"
          captionVisible
          columns={["Date", "Décision", "Informations (fiche → demande)", "Agent et motif"]}
        >
          {revisions.map((revision) => (
            <DataTableRow key={revision.id} className="align-top">
              <td className="p-2">{formatMediumDateTime(revision.at)}</td>
              <td className="p-2">
                {DECISION_NAMES[revision.decision]}
                <br />
                <span className="text-sm">
                  demande{" "}
                  {revision.request.otherCaf ? (
                    `${revision.request.reference} (autre Caf)`
                  ) : (
                    <Link href={`/caf/demandes/${revision.request.id}`}>{revision.request.reference}</Link>
                  )}
                </span>
              </td>
              <td className="p-2">
                <ul className="list-disc pl-5">
                  {revision.changes.map((change) => (
                    <li key={change.field}>
                      {capitalized(PROVIDER_FIELD_NAMES[change.field])} : « {change.before} » → « {change.after} »
                    </li>
                  ))}
                </ul>
              </td>
              <td className="p-2">
                {revision.actorName}
                {revision.reason && ` : ${revision.reason}`}
              </td>
            </DataTableRow>
          ))}
        </DataTable>
      )}
    </section>
  );
}
