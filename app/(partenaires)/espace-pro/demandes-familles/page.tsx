import type { Metadata } from "next";
import { provisionalMark, ProvisionalAttestationsNote } from "@/components/family/platform-attestations-note";
import { requirePageUser } from "@/lib/auth/session";
import { listInfoPointRequests } from "@/lib/family-requests/list-info-point-requests";
import { careKindsText } from "@/lib/family-requests/family-request-schema";
import { ActionForm } from "@/components/forms/action-form";
import { Pagination } from "@/components/pagination";
import { ListFilters } from "@/components/list-filters";
import { markHandledAction } from "./actions";
import { formatShortDay } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Demandes des familles" };

const STATUS_NAMES = { NEW: "Nouvelle", DOWNLOADED: "Récupérée", HANDLED: "Traitée" } as const;

export default async function FamilyRequestsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const user = await requirePageUser("/espace-pro", "/espace-pro/demandes-familles");
  const { query, total, pageCount, requests, infoPoints, attestations } = await listInfoPointRequests(user, params);
  // A server component renders once per request: this is the request's time, not a value to memoise.
  // eslint-disable-next-line react-hooks/purity
  const now = Date.now();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">Demandes d'information des familles</h1>
        <p className="mt-2">
          {infoPoints.length === 0
            ? "Votre habilitation ne concerne aucun lieu d'information."
            : `Lieu d'information : ${infoPoints.map((p) => p.name).join(", ")}.`}{" "}
          Récupérez chaque demande dans les 15 jours suivant sa transmission.
        </p>
        <p className="mt-2">
          <a href="/espace-pro/demandes-familles/flux" download>
            Télécharger toutes les nouvelles demandes (XML)
          </a>{" "}
          — format décrit par le <a href="/schemas/demande-information.xsd">schéma XSD</a>.
        </p>
        <p className="mt-2">
          Six mois après leur transmission, détruisez vos copies des demandes et{" "}
          <a href="/espace-pro/demandes-familles/attestation-destruction">signez l'attestation de destruction</a>.
        </p>
      </div>
      <ListFilters
        label="Filtrer les demandes"
        fields={[
          {
            kind: "select",
            name: "status",
            label: "Statut",
            value: query.status,
            emptyLabel: "Toutes",
            options: STATUS_NAMES,
          },
        ]}
      />
      <p role="status">
        {total} demande{total > 1 ? "s" : ""}
      </p>
      <ul className="space-y-4">
        {requests.map((request) => {
          const late = request.status === "NEW" && request.retrieveBy.getTime() < now;
          return (
            <li key={request.id} className="card">
              <h2 className="text-lg font-bold">
                {request.reference} — {request.commune.name}
              </h2>
              <p>
                Transmise le {formatShortDay(request.transmittedAt)} — {STATUS_NAMES[request.status]}
                {request.status === "NEW" && ` — à récupérer avant le ${formatShortDay(request.retrieveBy)}`}
                {late && <strong className="ml-2 text-erreur">En retard</strong>}
              </p>
              <p className="text-sm">{careKindsText(request.careKinds)}</p>
              <p className="mt-2 flex flex-wrap gap-4">
                <a href={`/espace-pro/demandes-familles/${request.id}/telechargement?format=pdf`} download>
                  PDF<span className="sr-only"> de la demande {request.reference}</span>
                </a>
                <a href={`/espace-pro/demandes-familles/${request.id}/telechargement?format=xml`} download>
                  XML<span className="sr-only"> de la demande {request.reference}</span>
                </a>
              </p>
              {request.status !== "HANDLED" && (
                <div className="mt-2">
                  <ActionForm
                    action={markHandledAction.bind(null, request.id)}
                    submitLabel={`Marquer ${request.reference} comme traitée`}
                    variant="secondary"
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <Pagination
        page={query.page}
        pageCount={pageCount}
        basePath="/espace-pro/demandes-familles"
        params={{ status: query.status }}
      />
      {attestations.length > 0 && (
        <section aria-labelledby="attestations">
          <h2 id="attestations" className="text-xl font-bold">
            Attestations de destruction des données
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {attestations.map((attestation) => (
              <li key={attestation.id}>
                <a href={`/espace-pro/demandes-familles/attestations/${attestation.id}`} download>
                  Demandes transmises en {attestation.month} ({attestation.requestCount}){provisionalMark(attestation)}
                </a>
              </li>
            ))}
          </ul>
          <ProvisionalAttestationsNote attestations={attestations} />
        </section>
      )}
    </div>
  );
}
