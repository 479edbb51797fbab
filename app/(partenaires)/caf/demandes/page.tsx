import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { listHabilitationRequests } from "@/lib/habilitation/list-habilitation-requests";
import { HABILITATION_STATUS_NAMES } from "@/lib/habilitation/habilitation-state-machine";
import { Pagination } from "@/components/pagination";
import { habilitationStatusField, ListFilters } from "@/components/list-filters";
import { DataTable, DataTableRow } from "@/components/data-table";
import { RequestReferenceCells } from "@/components/instruction/request-reference-cells";
import { formatShortDay } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Demandes d'habilitation" };

const TYPE_NAMES = { STRUCTURES: "Structures", INFO_POINT: "Lieu d'information" } as const;

export default async function RequestListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const user = await requirePageUser("/caf", "/caf/demandes");
  const { query, total, pageCount, requests } = await listHabilitationRequests(user, params);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Demandes d'habilitation</h1>
      <ListFilters
        label="Filtrer les demandes"
        fields={[
          { kind: "search", name: "q", label: "Référence, organisme ou SIRET", value: query.q },
          habilitationStatusField(query.status, { label: "Statut", emptyLabel: "Tous" }),
          {
            kind: "select",
            name: "type",
            label: "Convention",
            value: query.type,
            emptyLabel: "Toutes",
            options: TYPE_NAMES,
          },
        ]}
      />
      <p role="status">
        {total} demande{total > 1 ? "s" : ""}
      </p>
      {requests.length > 0 && (
        <DataTable
          caption="Demandes d'habilitation, les plus anciennes en premier"
          columns={["Référence", "Organisme", "Convention", "Déposée le", "Statut", "Personnes"]}
        >
          {requests.map((request) => (
            <DataTableRow key={request.id}>
              <RequestReferenceCells request={request} />
              <td className="p-2">{TYPE_NAMES[request.type]}</td>
              <td className="p-2">{formatShortDay(request.submittedAt)}</td>
              <td className="p-2">{HABILITATION_STATUS_NAMES[request.status]}</td>
              <td className="p-2">{request._count.people}</td>
            </DataTableRow>
          ))}
        </DataTable>
      )}
      <Pagination
        page={query.page}
        pageCount={pageCount}
        basePath="/caf/demandes"
        params={{ q: query.q, status: query.status, type: query.type }}
      />
    </div>
  );
}
