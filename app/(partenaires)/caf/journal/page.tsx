import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { AccessDeniedError, requirePageUser } from "@/lib/auth/session";
import { listCafConnectionLog } from "@/lib/auth/list-caf-connection-log";
import { ConnectionTable } from "@/components/accounts/connection-table";

export const metadata: Metadata = { title: "Journal des connexions" };

type Search = { departement?: string; page?: string };

export default async function CafConnectionLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePageUser("/caf", "/caf/journal");
  const search = await searchParams;
  if (user.role === "CNAF_ADMIN" && !search.departement) return <DepartementPicker />;
  const log = await listCafConnectionLog(user, search).catch((error: unknown) => {
    if (error instanceof AccessDeniedError) notFound();
    throw error;
  });
  const scope = user.role === "CNAF_ADMIN" ? `departement=${log.caf.departementCode}&` : "";
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-texte-mention">{log.caf.name}</p>
        <h1 className="text-3xl font-bold">Journal des connexions</h1>
        <p className="mt-2 max-w-3xl">
          Connexions, échecs, blocages, déconnexions, demandes de nouveau mot de passe et changements de mot de passe
          des agents de la Caf et des personnes habilitées par ses conventions. {log.total.toLocaleString("fr-FR")}{" "}
          événement{log.total > 1 ? "s" : ""}.
        </p>
        <p className="mt-4">
          <a href={`/caf/journal/export?${scope}`.replace(/[?&]$/, "")} className="btn-secondary" download>
            Exporter le journal (CSV)
          </a>
        </p>
      </div>
      {log.rows.length === 0 ? (
        <p>Aucun événement enregistré.</p>
      ) : (
        <ConnectionTable caption={`Journal des connexions — ${log.caf.name}`} rows={log.rows} />
      )}
      {log.pageCount > 1 && (
        <nav aria-label="Pagination du journal" className="flex gap-4">
          {log.page > 1 && <Link href={`/caf/journal?${scope}page=${log.page - 1}`}>Page précédente</Link>}
          <span>
            Page {log.page} sur {log.pageCount}
          </span>
          {log.page < log.pageCount && <Link href={`/caf/journal?${scope}page=${log.page + 1}`}>Page suivante</Link>}
        </nav>
      )}
    </div>
  );
}

async function DepartementPicker() {
  const cafs = await db.caf.findMany({
    select: { name: true, departementCode: true },
    orderBy: { departementCode: "asc" },
  });
  return (
    <div>
      <h1 className="text-3xl font-bold">Journal des connexions</h1>
      <form method="get" className="mt-6 max-w-md space-y-4">
        <label htmlFor="departement" className="field-label">
          Caf
        </label>
        <select id="departement" name="departement" className="field-input">
          {cafs.map((caf) => (
            <option key={caf.departementCode} value={caf.departementCode}>
              {caf.departementCode} — {caf.name}
            </option>
          ))}
        </select>
        <button type="submit" className="btn-primary">
          Afficher le journal
        </button>
      </form>
    </div>
  );
}
