import type { Metadata } from "next";
import { z } from "zod";
import { pageNumberSchema } from "@/lib/validation/page-number";
import { Link } from "@/components/link";
import { requirePageUser } from "@/lib/auth/session";
import { listPendingOperatingInfo } from "@/lib/operating-info/list-pending-operating-info";
import { listPendingFacilityPhotos } from "@/lib/facility-photo/list-pending-facility-photos";
import { facilityPhotoPath, reviewedFacilityPhotoPath } from "@/lib/portal/portal-urls";
import { Pagination } from "@/components/pagination";
import { ActionForm } from "@/components/forms/action-form";
import { ReasonField } from "@/components/forms/reason-field";
import { approveFacilityPhotoAction, rejectFacilityPhotoAction } from "./actions";
import { DataTable, DataTableRow } from "@/components/data-table";
import { formatShortDateTime } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Modalités de fonctionnement et photos à valider" };

const PHOTO_OUTCOMES: Record<string, string> = {
  validee: "La photo est validée : elle est publiée et le partenaire en est informé.",
  refusee: "La photo est refusée : le motif est envoyé au partenaire, la photo publiée reste en ligne.",
};

// Each list has its own page in the address: `page` for the operating information, `pagePhotos` for the photos.
const queuePagesSchema = z.object({ page: pageNumberSchema, pagePhotos: pageNumberSchema });

export default async function ValidationQueuePage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string; pagePhotos?: string; photo?: string }>;
}) {
  const user = await requirePageUser("/caf", "/caf/validations");
  const params = await searchParams;
  const { page, pagePhotos } = queuePagesSchema.parse(params);
  const photoOutcome = params.photo;
  const [queue, photoQueue] = await Promise.all([
    listPendingOperatingInfo(user, page),
    listPendingFacilityPhotos(user, pagePhotos),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/caf">Espace Caf</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">Modalités de fonctionnement et photos à valider</h1>
        {photoOutcome && PHOTO_OUTCOMES[photoOutcome] && (
          <p role="status" className="mt-2 notice-success">
            {PHOTO_OUTCOMES[photoOutcome]}
          </p>
        )}
      </div>
      <h2 className="text-xl font-bold">Modalités de fonctionnement</h2>
      <div>
        <p>
          {queue.count === 0
            ? "Aucune version en attente."
            : `${queue.count} version${queue.count > 1 ? "s" : ""} en attente, la plus ancienne en premier.`}
        </p>
      </div>
      {queue.versions.length > 0 && (
        <DataTable
          caption="Versions en attente de validation"
          columns={["Structure", "Commune", "Soumise le", "N° d'identification", "Nature"]}
        >
          {queue.versions.map((version) => (
            <DataTableRow key={version.id}>
              <td className="p-2">
                <Link href={`/caf/validations/${version.id}`}>{version.facility.name}</Link>
              </td>
              <td className="p-2">
                {version.facility.commune.name} ({version.facility.caf.departementCode})
              </td>
              <td className="p-2">{version.submittedAt ? formatShortDateTime(version.submittedAt) : "—"}</td>
              <td className="p-2">{version.submittedByPersonalNumber}</td>
              <td className="p-2">
                {version.facility.publishedOperatingInfoId ? "Modification" : "Première publication"}
              </td>
            </DataTableRow>
          ))}
        </DataTable>
      )}
      <Pagination
        page={page}
        pageCount={queue.pageCount}
        basePath="/caf/validations"
        params={{ pagePhotos: pagePhotos > 1 ? String(pagePhotos) : undefined }}
        label="Pages des modalités de fonctionnement"
      />
      <section aria-labelledby="photos" className="space-y-4">
        <h2 id="photos" className="text-xl font-bold">
          Photos
        </h2>
        <p>
          {photoQueue.count === 0
            ? "Aucune photo en attente."
            : `${photoQueue.count} photo${photoQueue.count > 1 ? "s" : ""} en attente, la plus ancienne en premier.`}
        </p>
        {photoQueue.photos.map((photo) => (
          <article key={photo.id} aria-labelledby={`photo-${photo.id}`} className="card space-y-4">
            <div>
              <h3 id={`photo-${photo.id}`} className="text-lg font-bold">
                {photo.facility.name} — {photo.facility.commune.name}
              </h3>
              <p>
                Envoyée le {formatShortDateTime(photo.uploadedAt)} (n° d'identification {photo.uploadedByPersonalId})
              </p>
            </div>
            <div className="grid gap-6 md:grid-cols-2">
              <figure>
                <figcaption>
                  <span className="font-bold">Photo publiée</span>
                  {photo.facility.publishedPhoto && (
                    <span className="block">Description : « {photo.facility.publishedPhoto.altText ?? ""} »</span>
                  )}
                </figcaption>
                {photo.facility.publishedPhoto ? (
                  // eslint-disable-next-line @next/next/no-img-element -- served by a route handler, not Next's image optimiser
                  <img
                    src={facilityPhotoPath(photo.facility.id, photo.facility.publishedPhoto.uploadedAt)}
                    alt={photo.facility.publishedPhoto.altText ?? ""}
                    className="mt-2 max-h-64 rounded"
                  />
                ) : (
                  <p>Aucune photo publiée.</p>
                )}
              </figure>
              <figure>
                <figcaption>
                  <span className="font-bold">Nouvelle photo</span>
                  <span className="block">Description : « {photo.altText ?? ""} »</span>
                </figcaption>
                {/* eslint-disable-next-line @next/next/no-img-element -- the photo route checks the session, which Next's image optimiser would not carry */}
                <img
                  src={reviewedFacilityPhotoPath(photo.id)}
                  alt={photo.altText ?? ""}
                  className="mt-2 max-h-64 rounded"
                />
              </figure>
            </div>
            <div className="grid gap-6 md:grid-cols-2">
              <ActionForm
                action={approveFacilityPhotoAction.bind(null, photo.id)}
                submitLabel="Valider et publier la photo"
              />
              <ActionForm
                action={rejectFacilityPhotoAction.bind(null, photo.id)}
                submitLabel="Refuser la photo"
                variant="secondary"
              >
                <ReasonField id={`reject-photo-${photo.id}`} label="Motif du refus de la photo" />
              </ActionForm>
            </div>
          </article>
        ))}
        <Pagination
          page={pagePhotos}
          pageCount={photoQueue.pageCount}
          basePath="/caf/validations"
          params={{ page: page > 1 ? String(page) : undefined }}
          pageParam="pagePhotos"
          label="Pages des photos"
        />
      </section>
    </div>
  );
}
