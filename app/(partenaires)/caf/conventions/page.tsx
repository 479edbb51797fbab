import type { Metadata } from "next";
import { Link } from "@/components/link";
import { requirePageUser } from "@/lib/auth/session";
import { listConventions } from "@/lib/conventions/list-conventions";
import { CONVENTION_STATUS_NAMES } from "@/lib/conventions/convention-state-machine";
import { Pagination } from "@/components/pagination";
import { ListFilters } from "@/components/list-filters";
import { DataTable, DataTableRow } from "@/components/data-table";
import { formatShortDay } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Conventions" };

export default async function ConventionListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const user = await requirePageUser("/caf", "/caf/conventions");
  const { query, total, pageCount, conventions } = await listConventions(user, params);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">
        {query.fin === "bientot" ? "Conventions prenant fin dans les 90 jours" : "Conventions"}
      </h1>
      <ListFilters
        label="Filtrer les conventions"
        fields={[
          { kind: "search", name: "q", label: "Numéro ou partenaire", value: query.q },
          {
            kind: "select",
            name: "status",
            label: "Statut",
            value: query.status,
            emptyLabel: "Tous",
            options: CONVENTION_STATUS_NAMES,
          },
          {
            kind: "checkbox",
            name: "fin",
            label: "Fin dans les 90 jours",
            value: "bientot",
            checked: query.fin === "bientot",
          },
        ]}
      />
      <p role="status">
        {total} convention{total > 1 ? "s" : ""}
      </p>
      {conventions.length > 0 && (
        <DataTable
          caption="Conventions et avenants"
          columns={["Numéro", "Partenaire", "Statut", "Date d'effet", "Fin", "Personnes", "Avenants"]}
        >
          {conventions.map((c) => (
            <DataTableRow key={c.id}>
              <td className="p-2">
                <Link href={`/caf/conventions/${c.id}`}>{c.number}</Link>
              </td>
              <td className="p-2">{c.request.infoPointName ?? c.provider.legalName}</td>
              <td className="p-2">{CONVENTION_STATUS_NAMES[c.status]}</td>
              <td className="p-2">{c.signedAt ? formatShortDay(c.signedAt, "UTC") : "—"}</td>
              <td className="p-2">
                {c.terminationEffectiveAt ? formatShortDay(c.terminationEffectiveAt, "UTC") : "Reconduction tacite"}
              </td>
              <td className="p-2">{c._count.people}</td>
              <td className="p-2">{c._count.amendments}</td>
            </DataTableRow>
          ))}
        </DataTable>
      )}
      <Pagination
        page={query.page}
        pageCount={pageCount}
        basePath="/caf/conventions"
        params={{ q: query.q, status: query.status, fin: query.fin }}
      />
    </div>
  );
}
