import type { Metadata } from "next";
import { Link } from "@/components/link";
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
  // A Cnaf admin browses one Caf at a time: keep it in the links.
  const suffix = user.role === "CNAF_ADMIN" ? `?departement=${overview.caf.departementCode}` : "";
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm text-texte-mention">Espace Caf</p>
        <h1 className="text-3xl font-bold">{overview.caf.name}</h1>
        <p className="text-texte-mention">
          Département {overview.caf.departementCode} — {overview.caf.departementName}
        </p>
      </div>
      <nav aria-label="Espace Caf">
        <ul className="flex flex-wrap gap-4">
          <li>
            <Link href="/caf/bureau" className="btn-secondary">
              Mon bureau
            </Link>
          </li>
          <li>
            <Link href={`/caf/demandes${suffix}`} className="btn-secondary">
              Demandes d'habilitation
            </Link>
          </li>
          <li>
            <Link href={`/caf/conventions${suffix}`} className="btn-secondary">
              Conventions
            </Link>
          </li>
          <li>
            <Link href={`/caf/structures${suffix}`} className="btn-secondary">
              Catalogue des structures
            </Link>
          </li>
          <li>
            <Link href={`/caf/journal${suffix}`} className="btn-secondary">
              Journal des connexions
            </Link>
          </li>
          <li>
            <Link href="/caf/demandes-familles" className="btn-secondary">
              Demandes des familles
            </Link>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="demandes">
        <h2 id="demandes" className="text-xl font-bold">
          Demandes d'habilitation
        </h2>
        <p className="mt-2">
          {overview.oldestWaitingSince
            ? `La plus ancienne demande en attente a été déposée il y a ${daysSince(overview.oldestWaitingSince)} jour${daysSince(overview.oldestWaitingSince) > 1 ? "s" : ""}.`
            : "Aucune demande en attente."}
        </p>
        <ul className="mt-4 grid gap-4 sm:grid-cols-3">
          {Object.entries(HABILITATION_STATUS_NAMES).map(([status, label]) => (
            <li key={status} className="card">
              <p className="text-3xl font-bold">
                {overview.requestsByStatus[status as keyof typeof HABILITATION_STATUS_NAMES] ?? 0}
              </p>
              <p>
                <Link href={`/caf/demandes?status=${status}`}>{label}</Link>
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="conventions-fin">
        <h2 id="conventions-fin" className="text-xl font-bold">
          Conventions
        </h2>
        <p className="mt-2">
          <Link href="/caf/conventions?fin=bientot">
            {overview.conventionsEndingSoon} convention{overview.conventionsEndingSoon > 1 ? "s prennent" : " prend"}{" "}
            fin dans les 90 jours
          </Link>
        </p>
      </section>
      <section aria-labelledby="familles">
        <h2 id="familles" className="text-xl font-bold">
          Demandes des familles
        </h2>
        <p className="mt-2">
          <Link href="/caf/demandes-familles">
            {overview.overdueFamilyRequests} demande{overview.overdueFamilyRequests > 1 ? "s" : ""} non récupérée
            {overview.overdueFamilyRequests > 1 ? "s" : ""} après 15 jours par les lieux d'information
          </Link>
        </p>
      </section>
      <section aria-labelledby="publications">
        <h2 id="publications" className="text-xl font-bold">
          Contenus publiés par les partenaires
        </h2>
        <ul className="mt-2 space-y-1">
          <li>
            <Link href="/caf/validations">
              {overview.pendingOperatingInfo} modalité{overview.pendingOperatingInfo > 1 ? "s" : ""} de fonctionnement à
              valider
            </Link>
          </li>
          <li>
            <Link href="/caf/validations#photos">
              {overview.pendingPhotos} photo{overview.pendingPhotos > 1 ? "s" : ""} à valider
            </Link>
          </li>
          <li>
            <Link href="/caf/moderation">
              {overview.staleAvailabilityFacilities} EAJE aux disponibilités non mises à jour depuis plus de 7 jours
            </Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="catalogue">
        <h2 id="catalogue" className="text-xl font-bold">
          Catalogue
        </h2>
        <p className="mt-2">{overview.facilityCount} structures ouvertes référencées pour le département.</p>
      </section>
    </div>
  );
}

function daysSince(date: Date): number {
  return Math.floor((Date.now() - date.getTime()) / 86_400_000);
}

async function CafPicker() {
  const cafs = await db.caf.findMany({
    select: { name: true, departementCode: true },
    orderBy: { departementCode: "asc" },
  });
  return (
    <div>
      <h1 className="text-3xl font-bold">Choisir une Caf</h1>
      <ul className="mt-4 columns-2 md:columns-3">
        {cafs.map((caf) => (
          <li key={caf.departementCode}>
            <Link href={`/caf?departement=${caf.departementCode}`}>
              {caf.departementCode} — {caf.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
