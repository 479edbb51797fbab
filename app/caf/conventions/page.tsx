import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { listConventions } from "@/lib/conventions/list-conventions";
import { CONVENTION_STATUS_NAMES } from "@/lib/conventions/convention-state-machine";
import { Pagination } from "@/components/pagination";

export const metadata: Metadata = { title: "Conventions" };

const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeZone: "UTC" });

export default async function ConventionListPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const user = await requirePageUser("/caf", "/caf/conventions");
  const { query, total, pageCount, conventions } = await listConventions(user, params);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{query.fin === "bientot" ? "Conventions prenant fin dans les 90 jours" : "Conventions"}</h1>
      <form method="get" className="flex flex-wrap items-end gap-4" role="search" aria-label="Filtrer les conventions">
        <div>
          <label htmlFor="q" className="field-label">Numéro ou partenaire</label>
          <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className="field-input" />
        </div>
        <div>
          <label htmlFor="status" className="field-label">Statut</label>
          <select id="status" name="status" defaultValue={query.status ?? ""} className="field-input">
            <option value="">Tous</option>
            {Object.entries(CONVENTION_STATUS_NAMES).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </div>
        <div className="flex items-center gap-2 pb-2">
          <input id="fin" name="fin" type="checkbox" value="bientot" defaultChecked={query.fin === "bientot"} className="h-5 w-5" />
          <label htmlFor="fin">Fin dans les 90 jours</label>
        </div>
        <button type="submit" className="btn-primary">Filtrer</button>
      </form>
      <p role="status">{total} convention{total > 1 ? "s" : ""}</p>
      {conventions.length > 0 && (
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-texte">
              <th scope="col" className="p-2">Numéro</th>
              <th scope="col" className="p-2">Partenaire</th>
              <th scope="col" className="p-2">Statut</th>
              <th scope="col" className="p-2">Date d'effet</th>
              <th scope="col" className="p-2">Fin</th>
              <th scope="col" className="p-2">Personnes</th>
              <th scope="col" className="p-2">Avenants</th>
            </tr>
          </thead>
          <tbody>
            {conventions.map((c) => (
              <tr key={c.id} className="border-b border-gray-300">
                <td className="p-2"><Link href={`/caf/conventions/${c.id}`}>{c.number}</Link></td>
                <td className="p-2">{c.request.infoPointName ?? c.provider.legalName}</td>
                <td className="p-2">{CONVENTION_STATUS_NAMES[c.status]}</td>
                <td className="p-2">{c.signedAt ? dateFormat.format(c.signedAt) : "—"}</td>
                <td className="p-2">{c.terminationEffectiveAt ? dateFormat.format(c.terminationEffectiveAt) : "Reconduction tacite"}</td>
                <td className="p-2">{c._count.people}</td>
                <td className="p-2">{c._count.amendments}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={query.page} pageCount={pageCount} basePath="/caf/conventions" params={{ q: query.q, status: query.status, fin: query.fin }} />
    </div>
  );
}
