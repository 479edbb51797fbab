import { HABILITATION_STATUS_NAMES } from "@/lib/habilitation/habilitation-state-machine";
import type { listHabilitationRequests } from "@/lib/habilitation/list-habilitation-requests";
import { Pagination } from "@/components/pagination";
import { habilitationStatusField, ListFilters } from "@/components/list-filters";
import { DataTable, DataTableRow } from "@/components/data-table";
import { RequestReferenceCells } from "@/components/instruction/request-reference-cells";
import { formatShortDay } from "@/lib/text/french-dates";
import type { SessionUser } from "@/lib/auth/session-user";
import type { PlainHtmlPageView } from "@/components/plain-html-page";
import { PARTNER_SPACE_DESCRIPTION, PartnerHeader } from "@/components/partner-header";

export const REQUEST_LIST_TITLE = "Demandes d'habilitation";
export const REQUEST_LIST_PATH = "/caf/demandes";

const TYPE_NAMES = { STRUCTURES: "Structures", INFO_POINT: "Lieu d'information" } as const;

export type RequestListData = Awaited<ReturnType<typeof listHabilitationRequests>>;

/**
 * The agent's desk: the Caf's habilitation requests, filtered and paged. Served by the App Router
 * (app/(partenaires)/caf/demandes) and, in production, as plain HTML (scripts/lib/plain-html-pages.ts).
 */
export function RequestList({ list: { query, total, pageCount, requests } }: { list: RequestListData }) {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{REQUEST_LIST_TITLE}</h1>
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
        basePath={REQUEST_LIST_PATH}
        params={{ q: query.q, status: query.status, type: query.type }}
      />
    </div>
  );
}

/** The desk as a plain HTML page (components/plain-html-page.tsx): the App Router's title, header and content. */
export const requestListPageView: PlainHtmlPageView<{ user: SessionUser; list: RequestListData }> = ({
  user,
  list,
}) => ({
  head: (
    <>
      <title>{`${REQUEST_LIST_TITLE} — monenfant.fr`}</title>
      <meta name="description" content={PARTNER_SPACE_DESCRIPTION} />
    </>
  ),
  // A Caf's agent or the Cnaf: no partner's links in their header (components/site-header.tsx).
  header: <PartnerHeader user={user} />,
  content: <RequestList list={list} />,
});
