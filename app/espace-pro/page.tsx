import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { listMyFacilities } from "@/lib/portal/list-my-facilities";
import { FACILITY_KIND_LABELS } from "@/lib/catalogue/facility-kinds";
import type { FacilityKind } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Mon espace professionnel" };

const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });

export default async function PartnerHomePage() {
  const user = await requirePageUser("/espace-pro", "/espace-pro");
  const facilities = await listMyFacilities(user);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-texte-mention">Espace professionnel — n° d'identification personnel {user.personalNumber}</p>
        <h1 className="text-3xl font-bold">Bonjour {user.firstName} {user.lastName}</h1>
      </div>
      <section aria-labelledby="structures">
        <h2 id="structures" className="text-xl font-bold">Mes structures</h2>
        {facilities.length === 0 ? (
          <p className="mt-2">Aucune structure ne figure dans votre habilitation.</p>
        ) : (
          <ul className="mt-4 grid gap-4 md:grid-cols-2">
            {facilities.map((facility) => (
              <li key={facility.id} className="card">
                <h3 className="text-lg font-bold">{facility.name}</h3>
                <p className="text-sm text-texte-mention">{FACILITY_KIND_LABELS[facility.kind as FacilityKind]} — {facility.city}</p>
                <p className="mt-2 text-sm">
                  {[facility.availabilities && "Disponibilités", facility.operatingInfo && "Modalités de fonctionnement"].filter(Boolean).join(" · ")}
                </p>
                {facility.availabilities && (
                  <p className="mt-1 text-sm">
                    {facility.availabilitiesUpdatedAt
                      ? `Disponibilités mises à jour le ${dateFormat.format(facility.availabilitiesUpdatedAt)}`
                      : "Disponibilités jamais publiées"}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
