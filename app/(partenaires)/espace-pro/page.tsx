import type { Metadata } from "next";
import { Link } from "@/components/link";
import { requirePageUser } from "@/lib/auth/session";
import { listMyFacilities } from "@/lib/portal/list-my-facilities";
import { FACILITY_KIND_LABELS } from "@/lib/catalogue/facility-kinds";
import { availabilityEditorPath, operatingInfoEditorPath, publicFacilityPath } from "@/lib/portal/portal-urls";
import { FreshnessNotice } from "@/components/availability/freshness-notice";
import { Pagination } from "@/components/pagination";
import type { FacilityKind } from "@/lib/generated/prisma/enums";
import { getPartnerAccess } from "@/lib/partner-space/get-partner-access";
import { FamilyRequestsSummary } from "@/components/partner-space/family-requests-summary";

export const metadata: Metadata = { title: "Mon espace professionnel" };

export default async function PartnerHomePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePageUser("/espace-pro", "/espace-pro");
  const page = Number((await searchParams).page) || 1;
  const [{ facilities, pageCount }, access] = await Promise.all([listMyFacilities(user, page), getPartnerAccess(user)]);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-texte-mention">
          Espace professionnel — n° d'identification personnel {user.personalNumber}
        </p>
        <h1 className="text-3xl font-bold">
          Bonjour {user.firstName} {user.lastName}
        </h1>
      </div>
      {/* An information point's work is its families' requests: they come first, with its communes. */}
      {access.infoPoint && <FamilyRequestsSummary actor={user} communes={access.communes} />}
      <p>
        <Link href="/espace-pro/convention">
          {access.structures && access.infoPoint ? "Mes conventions" : "Ma convention"}
        </Link>{" "}
        : annexe, échéance, demande de modification, départ d'une personne, échanges avec la Caf.
      </p>
      {(access.structures || !access.infoPoint) && (
        <section aria-labelledby="structures">
          <h2 id="structures" className="text-xl font-bold">
            Mes structures
          </h2>
          {facilities.length === 0 ? (
            <p className="mt-2">Aucune structure ne figure dans votre habilitation.</p>
          ) : (
            <ul className="mt-4 grid gap-4 md:grid-cols-2">
              {facilities.map((facility) => (
                <li key={facility.id} className="card space-y-2">
                  <h3 className="text-lg font-bold">{facility.name}</h3>
                  <p className="text-sm text-texte-mention">
                    {FACILITY_KIND_LABELS[facility.kind as FacilityKind]} — {facility.city}
                  </p>
                  <p className="text-sm">
                    Votre habilitation :{" "}
                    {[
                      facility.availabilities && "disponibilités",
                      facility.operatingInfo && "modalités de fonctionnement",
                    ]
                      .filter(Boolean)
                      .join(" et ")}
                  </p>
                  {facility.availabilities && (
                    <div className="text-sm">
                      <FreshnessNotice updatedAt={facility.availabilitiesUpdatedAt} audience="partner" />
                      <p className="mt-1">
                        <Link href={availabilityEditorPath(facility.id)}>
                          Mettre à jour les disponibilités<span className="sr-only"> de {facility.name}</span>
                        </Link>
                      </p>
                    </div>
                  )}
                  {facility.operatingInfo && (
                    <div className="text-sm">
                      <p>
                        {facility.operatingInfoPending
                          ? "Modalités de fonctionnement : une version attend la validation de la Caf."
                          : facility.operatingInfoPublished
                            ? "Modalités de fonctionnement publiées."
                            : "Modalités de fonctionnement jamais publiées."}
                      </p>
                      <p className="mt-1">
                        <Link href={operatingInfoEditorPath(facility.id)}>
                          Modifier les modalités de fonctionnement<span className="sr-only"> de {facility.name}</span>
                        </Link>
                      </p>
                    </div>
                  )}
                  <p className="text-sm">
                    <Link href={publicFacilityPath(facility.id)}>
                      Voir la page publique<span className="sr-only"> de {facility.name}</span>
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          )}
          <Pagination page={page} pageCount={pageCount} basePath="/espace-pro" params={{}} />
        </section>
      )}
    </div>
  );
}
