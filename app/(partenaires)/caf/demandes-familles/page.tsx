import type { Metadata } from "next";
import { provisionalMark, ProvisionalAttestationsNote } from "@/components/family/platform-attestations-note";
import { requirePageUser } from "@/lib/auth/session";
import { getCafFamilyRequestOversight } from "@/lib/family-requests/get-caf-family-request-oversight";
import { ActionForm } from "@/components/forms/action-form";
import { PastDateField } from "@/components/forms/past-date-field";
import { SignatoryField } from "@/components/forms/signatory-field";
import { recordReceivedDestructionAttestationAction } from "./actions";
import { DataTable, DataTableRow } from "@/components/data-table";
import { formatShortDay } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Demandes des familles — suivi" };

export default async function CafFamilyRequestsPage() {
  const user = await requirePageUser("/caf", "/caf/demandes-familles");
  const { overdue, attestations, missingAttestations, signedAttestations } = await getCafFamilyRequestOversight(user);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Demandes des familles : suivi des lieux d'information</h1>
      <section aria-labelledby="retard">
        <h2 id="retard" className="text-xl font-bold">
          Demandes non récupérées après 15 jours ({overdue.length})
        </h2>
        {overdue.length === 0 ? (
          <p className="mt-2">Aucune demande en retard.</p>
        ) : (
          <DataTable
            caption="Demandes non récupérées après 15 jours, par lieu d'information"
            className="mt-2"
            columns={["Référence", "Lieu d'information", "Commune", "Transmise le"]}
          >
            {overdue.map((request) => (
              <DataTableRow key={request.id}>
                <td className="p-2">{request.reference}</td>
                <td className="p-2">
                  {request.infoPoint.name}
                  {request.infoPoint.email ? ` (${request.infoPoint.email})` : ""}
                </td>
                <td className="p-2">{request.commune.name}</td>
                <td className="p-2">{formatShortDay(request.transmittedAt)}</td>
              </DataTableRow>
            ))}
          </DataTable>
        )}
      </section>
      <section aria-labelledby="attestations-manquantes">
        <h2 id="attestations-manquantes" className="text-xl font-bold">
          Attestations de destruction des lieux d'information : manquantes et en retard
        </h2>
        {missingAttestations.length === 0 ? (
          <p className="mt-2">Aucune attestation attendue.</p>
        ) : (
          <DataTable
            caption="Attestations de destruction manquantes ou en retard, par lieu d'information"
            className="mt-2"
            columns={["Lieu d'information", "Demandes à attester", "Dont en retard", "Première échéance"]}
          >
            {missingAttestations.map((row) => (
              <DataTableRow key={row.infoPointId}>
                <td className="p-2">
                  {row.name}
                  {row.email ? ` (${row.email})` : ""}
                </td>
                <td className="p-2">{row.awaiting}</td>
                <td className="p-2">{row.late > 0 ? <strong className="text-erreur">{row.late}</strong> : 0}</td>
                <td className="p-2">{formatShortDay(new Date(row.firstDueBy.getTime() - 86_400_000), "UTC")}</td>
              </DataTableRow>
            ))}
          </DataTable>
        )}
        {/* Once a convention has ended, its people can no longer sign online: the Caf records what it receives. */}
        {missingAttestations.map((row) => (
          <details key={row.infoPointId} className="mt-4">
            <summary className="cursor-pointer font-bold">
              Enregistrer une attestation reçue (papier ou courriel) — {row.name}
            </summary>
            <ActionForm
              action={recordReceivedDestructionAttestationAction.bind(null, row.infoPointId)}
              submitLabel="Enregistrer l'attestation reçue"
              encType="multipart/form-data"
            >
              <p>
                L'attestation couvrira les {row.awaiting} demande{row.awaiting > 1 ? "s" : ""} encore à attester de ce
                lieu d'information.
              </p>
              <SignatoryField id={`signatoryName-${row.infoPointId}`} name="signatoryName" label="Nom du signataire" />
              <SignatoryField
                id={`signatoryRole-${row.infoPointId}`}
                name="signatoryRole"
                label="Qualité du signataire"
              />
              <PastDateField id={`signedOn-${row.infoPointId}`} name="signedOn" label="Date de signature" />
              <div>
                <label htmlFor={`scan-${row.infoPointId}`} className="field-label">
                  Attestation numérisée
                </label>
                <span id={`scan-hint-${row.infoPointId}`} className="field-hint">
                  Scan optionnel, PDF, 900 Ko au maximum
                </span>
                <input
                  id={`scan-${row.infoPointId}`}
                  name="scan"
                  type="file"
                  accept="application/pdf"
                  aria-describedby={`scan-hint-${row.infoPointId}`}
                  className="mt-1 block"
                />
              </div>
              <div className="flex items-start gap-2">
                <input
                  id={`paperOriginalOnFile-${row.infoPointId}`}
                  name="paperOriginalOnFile"
                  type="checkbox"
                  className="mt-1"
                />
                <label htmlFor={`paperOriginalOnFile-${row.infoPointId}`}>
                  À défaut de scan : je déclare que l'original papier de l'attestation est classé au dossier
                  (déclaration enregistrée à mon nom).
                </label>
              </div>
            </ActionForm>
          </details>
        ))}
      </section>
      <section aria-labelledby="attestations-signees">
        <h2 id="attestations-signees" className="text-xl font-bold">
          Attestations signées par les lieux d'information
        </h2>
        {signedAttestations.length === 0 ? (
          <p className="mt-2">Aucune attestation signée pour l'instant.</p>
        ) : (
          <ul className="mt-2 list-disc pl-5">
            {signedAttestations.map((attestation) => (
              <li key={attestation.id}>
                <a href={`/caf/attestations-signees/${attestation.id}`} download>
                  {attestation.infoPoint.name} — signée le {formatShortDay(attestation.signedAt)} par{" "}
                  {attestation.signatoryName}
                  {attestation.recordedBy
                    ? ` (reçue, enregistrée par ${attestation.recordedBy.firstName} ${attestation.recordedBy.lastName})`
                    : ""}{" "}
                  ({attestation.references.length} demande
                  {attestation.references.length > 1 ? "s" : ""})
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="attestations">
        <h2 id="attestations" className="text-xl font-bold">
          Suppressions faites par la plateforme
        </h2>
        {attestations.length === 0 ? (
          <p className="mt-2">Aucune attestation pour l'instant.</p>
        ) : (
          <>
            <ul className="mt-2 list-disc pl-5">
              {attestations.map((attestation) => (
                <li key={attestation.id}>
                  <a href={`/caf/attestations/${attestation.id}`} download>
                    {`${attestation.infoPoint.name} — demandes transmises en ${attestation.month} (${attestation.requestCount})`}
                    {provisionalMark(attestation)}
                  </a>
                </li>
              ))}
            </ul>
            <ProvisionalAttestationsNote attestations={attestations} />
          </>
        )}
      </section>
    </div>
  );
}
