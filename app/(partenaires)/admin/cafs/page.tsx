import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { listCafs } from "@/lib/admin/list-cafs";
import { Pagination } from "@/components/pagination";

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
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Caf par numéro de département</caption>
        <thead>
          <tr className="border-b-2 border-texte">
            <th scope="col" className="p-2">
              Département
            </th>
            <th scope="col" className="p-2">
              Caf
            </th>
            <th scope="col" className="p-2">
              Direction
            </th>
            <th scope="col" className="p-2">
              Courriel de notification
            </th>
            <th scope="col" className="p-2">
              Agents actifs
            </th>
          </tr>
        </thead>
        <tbody>
          {cafs.map((caf) => (
            <tr key={caf.id} className="border-b border-gray-300">
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
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={query.page} pageCount={pageCount} basePath="/admin/cafs" params={{ q: query.q }} />
    </div>
  );
}
