import type { Metadata } from "next";
import { Link } from "@/components/link";
import { requirePageUser } from "@/lib/auth/session";
import { listDeskRequests } from "@/lib/desk/list-desk-requests";
import { listChangeAsks } from "@/lib/desk/list-change-asks";
import { listDeskAgents } from "@/lib/desk/list-desk-agents";
import { deskQueryParams } from "@/lib/desk/desk-query";
import { HABILITATION_STATUS_NAMES } from "@/lib/habilitation/habilitation-state-machine";
import { habilitationStatusField, ListFilters } from "@/components/list-filters";
import { Pagination } from "@/components/pagination";
import { AssignForm } from "@/components/desk/assign-form";
import { ActionForm } from "@/components/forms/action-form";
import { assignAction, closeChangeAskAction } from "./actions";
import { DataTable, DataTableRow } from "@/components/data-table";
import { RequestReferenceCells } from "@/components/instruction/request-reference-cells";
import { formatShortDay } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Mon bureau" };

export default async function DeskPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const user = await requirePageUser("/caf", "/caf/bureau");
  const [{ query, total, pageCount, requests }, asks, agents] = await Promise.all([
    listDeskRequests(user, params),
    listChangeAsks(user),
    listDeskAgents(user),
  ]);
  const filterParams = new URLSearchParams(deskQueryParams(query)).toString();
  const agentOptions: Record<string, string> = { moi: "Moi", personne: "Personne" };
  for (const a of agents) agentOptions[a.id] = `${a.firstName} ${a.lastName}`;
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Mon bureau</h1>

      <section aria-labelledby="demandes" className="space-y-4">
        <h2 id="demandes" className="text-xl font-bold">
          Demandes d'habilitation
        </h2>
        <ListFilters
          label="Filtrer le bureau"
          fields={[
            habilitationStatusField(query.status, { label: "État", emptyLabel: "En attente (tous)" }),
            {
              kind: "select",
              name: "assignee",
              label: "Agent chargé",
              value: query.assignee,
              emptyLabel: "Tous",
              options: agentOptions,
            },
            {
              kind: "select",
              name: "minDays",
              label: "En attente depuis",
              value: query.minDays?.toString(),
              emptyLabel: "Peu importe",
              options: {
                "7": "7 jours ou plus",
                "15": "15 jours ou plus",
                "30": "30 jours ou plus",
                "90": "90 jours ou plus",
              },
            },
            {
              kind: "select",
              name: "sort",
              label: "Ordre",
              value: query.sort,
              emptyLabel: "Les plus anciennes d'abord",
              options: { recence: "Les plus récentes d'abord" },
            },
          ]}
        />
        <p className="flex flex-wrap gap-4">
          <span role="status">
            {total} demande{total > 1 ? "s" : ""}
          </span>
          <a href={`/caf/bureau/export?${filterParams}&format=csv`} download>
            Exporter la liste (CSV)
          </a>
          <a href={`/caf/bureau/export?${filterParams}&format=xlsx`} download>
            Exporter la liste (tableur .xlsx)
          </a>
        </p>
        {requests.length > 0 && (
          <DataTable
            caption="Demandes en attente et agent chargé"
            columns={["Référence", "Organisme", "État", "Jours dans cet état", "Agent chargé"]}
          >
            {requests.map((request) => (
              <DataTableRow key={request.id}>
                <RequestReferenceCells request={request} />
                <td className="p-2">{HABILITATION_STATUS_NAMES[request.status]}</td>
                <td className="p-2">{request.daysWaiting}</td>
                <td className="p-2">
                  <AssignForm
                    id={`assign-${request.id}`}
                    label={`Agent chargé de ${request.reference}`}
                    current={request.assignee?.id}
                    agents={agents}
                    action={assignAction.bind(null, "request", request.id)}
                  />
                </td>
              </DataTableRow>
            ))}
          </DataTable>
        )}
        <Pagination page={query.page} pageCount={pageCount} basePath="/caf/bureau" params={deskQueryParams(query)} />
      </section>

      <section aria-labelledby="modifications" className="space-y-4">
        <h2 id="modifications" className="text-xl font-bold">
          Demandes de modification des partenaires ({asks.length})
        </h2>
        {asks.length === 0 ? (
          <p>Aucune demande de modification en attente.</p>
        ) : (
          <ul className="space-y-4">
            {asks.map((ask) => (
              <li key={ask.id} className="card space-y-2">
                <h3 className="font-bold">
                  <Link href={`/caf/conventions/${ask.convention.id}`}>Convention {ask.convention.number}</Link> —{" "}
                  {ask.convention.provider.legalName}
                </h3>
                <p className="text-sm">
                  Demandée le {formatShortDay(ask.createdAt)} par {ask.requestedBy.firstName} {ask.requestedBy.lastName}{" "}
                  — en attente depuis {ask.daysWaiting} jour{ask.daysWaiting > 1 ? "s" : ""}
                </p>
                <p className="whitespace-pre-line">{ask.details}</p>
                <AssignForm
                  id={`assign-ask-${ask.id}`}
                  label="Agent chargé"
                  current={ask.assignee?.id}
                  agents={agents}
                  action={assignAction.bind(null, "changeAsk", ask.id)}
                />
                <details>
                  <summary className="cursor-pointer">Marquer comme traitée</summary>
                  <ActionForm
                    action={closeChangeAskAction.bind(null, ask.id)}
                    submitLabel="Marquer comme traitée"
                    variant="secondary"
                  >
                    <div>
                      <label htmlFor={`note-${ask.id}`} className="field-label">
                        Suite donnée
                      </label>
                      <input type="text" id={`note-${ask.id}`} name="note" required className="field-input" />
                    </div>
                  </ActionForm>
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
