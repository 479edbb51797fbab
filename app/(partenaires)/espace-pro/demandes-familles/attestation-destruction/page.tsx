import type { Metadata } from "next";
import { DataTable, DataTableRow } from "@/components/data-table";
import { requirePageUser } from "@/lib/auth/session";
import { listDestructionAttestationDuties } from "@/lib/family-requests/list-destruction-attestation-duties";
import { DESTRUCTION_ATTESTATION_PATH } from "@/lib/family-requests/send-destruction-attestation-reminders";
import { ActionForm } from "@/components/forms/action-form";
import { signDestructionAttestationAction } from "./actions";
import { formatShortDay } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Attestation de destruction des demandes" };

const lastDayBefore = (dueBy: Date) => formatShortDay(new Date(dueBy.getTime() - 86_400_000), "UTC");

export default async function DestructionAttestationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { signee } = await searchParams;
  const user = await requirePageUser("/espace-pro", DESTRUCTION_ATTESTATION_PATH);
  const infoPoints = await listDestructionAttestationDuties(user);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">Attestation de destruction des demandes des familles</h1>
        <p className="mt-2">
          La convention « Lieu d'information » (article 2) interdit de conserver les données d'une famille plus de six
          mois après la transmission de sa demande. Dans le mois qui suit, une personne habilitée atteste que toutes les
          copies ont été détruites. À la fin de la convention, toutes les demandes encore détenues sont concernées.
        </p>
      </div>
      {signee && (
        <p role="status" className="notice-success">
          Attestation signée : elle est transmise à la Caf et téléchargeable ci-dessous.
        </p>
      )}
      {infoPoints.length === 0 && <p>Votre habilitation ne concerne aucun lieu d'information.</p>}
      {infoPoints.map((infoPoint) => (
        <section key={infoPoint.id} aria-labelledby={`lieu-${infoPoint.id}`} className="space-y-4">
          <h2 id={`lieu-${infoPoint.id}`} className="text-2xl font-bold">
            {infoPoint.name}
          </h2>
          {infoPoint.awaiting.length === 0 ? (
            <p>Aucune demande n'attend d'attestation de destruction.</p>
          ) : (
            <>
              <DataTable
                caption={`Demandes à attester (${infoPoint.awaiting.length})`}
                captionVisible
                columns={["Référence", "Transmise le", "À attester au plus tard le"]}
              >
                {infoPoint.awaiting.map((request) => (
                  <DataTableRow key={request.id}>
                    <td className="p-2">{request.reference}</td>
                    <td className="p-2">{formatShortDay(request.transmittedAt)}</td>
                    <td className="p-2">
                      {lastDayBefore(request.dueBy)}
                      {request.late && <strong className="ml-2 text-erreur">En retard</strong>}
                    </td>
                  </DataTableRow>
                ))}
              </DataTable>
              <ActionForm
                action={signDestructionAttestationAction.bind(null, infoPoint.id)}
                submitLabel="Signer l'attestation"
                pendingLabel="Signature…"
              >
                {infoPoint.awaiting.map((request) => (
                  <input key={request.id} type="hidden" name="requestIds" value={request.id} />
                ))}
                <dl className="card grid grid-cols-[auto_1fr] gap-x-4">
                  <dt className="font-bold">Signataire</dt>
                  <dd>
                    {user.firstName} {user.lastName}
                  </dd>
                  <dt className="font-bold">Numéro personnel</dt>
                  <dd>{user.personalNumber}</dd>
                </dl>
                <div>
                  <input id={`confirmed-${infoPoint.id}`} name="confirmed" type="checkbox" required />{" "}
                  <label htmlFor={`confirmed-${infoPoint.id}`}>
                    J'atteste avoir détruit toutes les copies (PDF, XML, impressions, exports) des{" "}
                    {infoPoint.awaiting.length} demande{infoPoint.awaiting.length > 1 ? "s" : ""} listée
                    {infoPoint.awaiting.length > 1 ? "s" : ""} ci-dessus, et n'en conserver aucune.
                  </label>
                </div>
              </ActionForm>
            </>
          )}
          {infoPoint.signed.length > 0 && (
            <div>
              <h3 className="text-xl font-bold">Attestations signées</h3>
              <ul className="mt-2 list-disc pl-5">
                {infoPoint.signed.map((attestation) => (
                  <li key={attestation.id}>
                    <a href={`/espace-pro/demandes-familles/attestations-signees/${attestation.id}`} download>
                      Attestation du {formatShortDay(attestation.signedAt)} signée par {attestation.signatoryName} (
                      {attestation.references.length} demande{attestation.references.length > 1 ? "s" : ""})
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
