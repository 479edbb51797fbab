import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { getCafFamilyRequestOversight } from "@/lib/family-requests/get-caf-family-request-oversight";
import { DataTable, DataTableRow } from "@/components/data-table";
import { formatShortDay } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Demandes des familles — suivi" };

export default async function CafFamilyRequestsPage() {
  const user = await requirePageUser("/caf", "/caf/demandes-familles");
  const { overdue, attestations } = await getCafFamilyRequestOversight(user);
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
      <section aria-labelledby="attestations">
        <h2 id="attestations" className="text-xl font-bold">
          Attestations de destruction
        </h2>
        {attestations.length === 0 ? (
          <p className="mt-2">Aucune attestation pour l'instant.</p>
        ) : (
          <ul className="mt-2 list-disc pl-5">
            {attestations.map((attestation) => (
              <li key={attestation.id}>
                <a href={`/caf/attestations/${attestation.id}`} download>
                  {attestation.infoPoint.name} — demandes transmises en {attestation.month} ({attestation.requestCount})
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
