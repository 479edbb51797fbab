import type { Metadata } from "next";
import { Link } from "@/components/link";
import { requirePageUser } from "@/lib/auth/session";
import { listFacilities } from "@/lib/catalogue/list-facilities";
import { FACILITY_KIND_LABELS } from "@/lib/catalogue/facility-kinds";
import { Pagination } from "@/components/pagination";
import { DataTable, DataTableRow } from "@/components/data-table";

export const metadata: Metadata = { title: "Catalogue des structures" };

export default async function FacilityListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const user = await requirePageUser("/caf", "/caf/structures");
  const { query, total, pageCount, facilities, agentScoped } = await listFacilities(user, params);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-3xl font-bold">Catalogue des structures</h1>
        <p className="flex flex-wrap gap-4">
          <Link href="/caf/structures/nouvelle" className="btn-primary">
            Ajouter une structure
          </Link>
          <Link href="/caf/structures/import" className="btn-secondary">
            Importer un fichier CSV
          </Link>
        </p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-4" role="search" aria-label="Filtrer le catalogue">
        <div>
          <label htmlFor="q" className="field-label">
            Nom, identifiant, commune ou code postal
          </label>
          <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className="field-input" />
        </div>
        <div>
          <label htmlFor="kind" className="field-label">
            Type
          </label>
          <select id="kind" name="kind" defaultValue={query.kind ?? ""} className="field-input">
            <option value="">Tous</option>
            {Object.entries(FACILITY_KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="field-label">
            État
          </label>
          <select id="status" name="status" defaultValue={query.status ?? ""} className="field-input">
            <option value="">Tous</option>
            <option value="OPEN">Ouverte</option>
            <option value="CLOSED">Fermée</option>
          </select>
        </div>
        {!agentScoped && (
          <div>
            <label htmlFor="departement" className="field-label">
              Département
            </label>
            <input
              type="text"
              id="departement"
              name="departement"
              defaultValue={query.departement ?? ""}
              size={4}
              className="field-input"
            />
          </div>
        )}
        <button type="submit" className="btn-primary">
          Filtrer
        </button>
      </form>
      <p role="status">
        {total.toLocaleString("fr-FR")} structure{total > 1 ? "s" : ""}
      </p>
      {facilities.length > 0 && (
        <DataTable
          caption="Structures du catalogue, par ordre alphabétique"
          columns={["Nom", "Type", "Commune", "Identifiant", "Capacité", "État"]}
        >
          {facilities.map((facility) => (
            <DataTableRow key={facility.id}>
              <td className="p-2">
                <Link href={`/caf/structures/${facility.id}`}>{facility.name}</Link>
              </td>
              <td className="p-2">{FACILITY_KIND_LABELS[facility.kind]}</td>
              <td className="p-2">
                {facility.postcode} {facility.commune.name}
              </td>
              <td className="p-2">{facility.externalId ?? "—"}</td>
              <td className="p-2">{facility.capacity ?? "—"}</td>
              <td className="p-2">{facility.status === "OPEN" ? "Ouverte" : "Fermée"}</td>
            </DataTableRow>
          ))}
        </DataTable>
      )}
      <Pagination
        page={query.page}
        pageCount={pageCount}
        basePath="/caf/structures"
        params={{ q: query.q, kind: query.kind, status: query.status, departement: query.departement }}
      />
    </div>
  );
}
