import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/session";
import { getCafOverview } from "@/lib/caf/get-caf-overview";
import { HABILITATION_STATUS_NAMES } from "@/lib/habilitation/habilitation-state-machine";

export const metadata: Metadata = { title: "Tableau de bord de la Caf" };

export default async function CafDashboardPage({ searchParams }: { searchParams: Promise<{ departement?: string }> }) {
  const user = await requirePageUser("/caf", "/caf");
  const { departement } = await searchParams;
  if (user.role === "CNAF_ADMIN" && !departement) return <CafPicker />;
  const overview = await getCafOverview(user, departement);
  if (!overview) notFound();
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm text-texte-mention">Espace Caf</p>
        <h1 className="text-3xl font-bold">{overview.caf.name}</h1>
        <p className="text-texte-mention">Département {overview.caf.departementCode} — {overview.caf.departementName}</p>
      </div>
      <section aria-labelledby="demandes">
        <h2 id="demandes" className="text-xl font-bold">Demandes d'habilitation</h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-3">
          {Object.entries(HABILITATION_STATUS_NAMES).map(([status, label]) => (
            <li key={status} className="card">
              <p className="text-3xl font-bold">{overview.requestsByStatus[status as keyof typeof HABILITATION_STATUS_NAMES] ?? 0}</p>
              <p>{label}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="catalogue">
        <h2 id="catalogue" className="text-xl font-bold">Catalogue</h2>
        <p className="mt-2">{overview.facilityCount} structures ouvertes référencées pour le département.</p>
      </section>
    </div>
  );
}

async function CafPicker() {
  const cafs = await db.caf.findMany({ select: { name: true, departementCode: true }, orderBy: { departementCode: "asc" } });
  return (
    <div>
      <h1 className="text-3xl font-bold">Choisir une Caf</h1>
      <ul className="mt-4 columns-2 md:columns-3">
        {cafs.map((caf) => (
          <li key={caf.departementCode}>
            <Link href={`/caf?departement=${caf.departementCode}`}>{caf.departementCode} — {caf.name}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
