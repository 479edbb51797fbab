import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { AccessDeniedError, requirePageUser } from "@/lib/auth/session";
import { getAvailabilityEditor } from "@/lib/availability/get-availability-editor";
import { publicFacilityPath } from "@/lib/portal/portal-urls";
import { publishAvailabilitiesAction } from "@/app/(partenaires)/espace-pro/structures/[id]/actions";
import { AvailabilityEditor } from "@/components/portal/availability-editor";
import { AvailabilityTable } from "@/components/availability/availability-table";
import { FreshnessNotice } from "@/components/availability/freshness-notice";
import { DataTable, DataTableRow } from "@/components/data-table";
import { formatShortDateTime } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Disponibilités de la structure" };

const HISTORY_CAPTION = "Dernières publications, les plus récentes en premier";

export default async function AvailabilitiesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser("/espace-pro", `/espace-pro/structures/${id}/disponibilites`);
  const editor = await getAvailabilityEditor(user, id).catch((error: unknown) => {
    if (error instanceof AccessDeniedError) notFound();
    throw error;
  });
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm">
          <Link href="/espace-pro">Mon espace professionnel</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">Disponibilités — {editor.facility.name}</h1>
        <div className="mt-2">
          <FreshnessNotice updatedAt={editor.updatedAt} audience="partner" />
        </div>
        <p className="mt-2">
          <Link href={publicFacilityPath(editor.facility.id)}>Voir la page publique</Link>
        </p>
      </div>
      {editor.current && (
        <section aria-labelledby="en-ligne">
          <h2 id="en-ligne" className="text-xl font-bold">
            Disponibilités en ligne
          </h2>
          <div className="mt-2">
            <AvailabilityTable
              slots={editor.current.slots}
              noPlaceAvailable={editor.current.noPlaceAvailable}
              caption="Disponibilités actuellement publiées"
            />
          </div>
        </section>
      )}
      <section aria-labelledby="publier">
        <h2 id="publier" className="mb-4 text-xl font-bold">
          Publier de nouvelles disponibilités
        </h2>
        <AvailabilityEditor
          facilityId={editor.facility.id}
          initial={editor.current}
          submitAction={publishAvailabilitiesAction}
        />
      </section>
      <section aria-labelledby="historique">
        <h2 id="historique" className="text-xl font-bold">
          Dernières publications
        </h2>
        {editor.history.length === 0 ? (
          <p className="mt-2">Aucune publication.</p>
        ) : (
          <DataTable
            caption={HISTORY_CAPTION}
            className="mt-2"
            columns={["Date", "N° d'identification", "Contenu", "Origine"]}
          >
            {editor.history.map((publication) => (
              <DataTableRow key={publication.id}>
                <td className="p-2">{formatShortDateTime(publication.publishedAt)}</td>
                <td className="p-2">{publication.publishedByPersonalNumber}</td>
                <td className="p-2">
                  {publication.noPlaceAvailable
                    ? "Aucune place disponible"
                    : `${publication.slotCount} disponibilité${publication.slotCount > 1 ? "s" : ""}`}
                  {publication.withdrawnAt && ` — retirée par la Caf : ${publication.withdrawalReason}`}
                </td>
                <td className="p-2">{publication.apiKeyId ? "Logiciel (API)" : "Espace professionnel"}</td>
              </DataTableRow>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
