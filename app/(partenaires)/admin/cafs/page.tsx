import type { Metadata } from "next";
import { Link } from "@/components/link";
import { requirePageUser } from "@/lib/auth/session";
import { listCafs } from "@/lib/admin/list-cafs";
import { Pagination } from "@/components/pagination";
import { DataTable, DataTableRow } from "@/components/data-table";

export const metadata: Metadata = { title: "Caf" };

export default async function CafListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const user = await requirePageUser("/admin", "/admin/cafs");
  const { query, total, pageCount, cafs } = await listCafs(user, params);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/admin">Administration nationale</Link>
      </p>
      <h1 className="text-3xl font-bold">Caf</h1>
      <form method="get" className="flex flex-wrap items-end gap-4" role="search" aria-label="Rechercher une Caf">
        <div>
          <label htmlFor="q" className="field-label">
            Nom, département ou ville
          </label>
          <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className="field-input" />
        </div>
        <button type="submit" className="btn-primary">
          Rechercher
        </button>
      </form>
      <p role="status">{total} Caf</p>
      <DataTable
        caption="Caf par numéro de département"
        columns={["Département", "Caf", "Direction", "Courriel de notification", "Agents actifs"]}
      >
        {cafs.map((caf) => (
          <DataTableRow key={caf.id}>
            <td className="p-2">{caf.departementCode}</td>
            <td className="p-2">
              <Link href={`/admin/cafs/${caf.id}`}>{caf.name}</Link>
            </td>
            <td className="p-2">{caf.directorName}</td>
            <td className="p-2">{caf.email}</td>
            <td className="p-2">
              <Link href={`/admin/agents?caf=${caf.id}`}>
                {caf._count.agents}
                <span className="sr-only"> agents de la {caf.name}</span>
              </Link>
            </td>
          </DataTableRow>
        ))}
      </DataTable>
      <Pagination page={query.page} pageCount={pageCount} basePath="/admin/cafs" params={{ q: query.q }} />
    </div>
  );
}
