import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { AccessDeniedError, requirePageUser } from "@/lib/auth/session";
import { getOperatingInfoEditor } from "@/lib/operating-info/get-operating-info-editor";
import { facilityPhotoPath, pendingFacilityPhotoPath, publicFacilityPath } from "@/lib/portal/portal-urls";
import { submitOperatingInfoAction } from "@/app/(partenaires)/espace-pro/structures/[id]/actions";
import { OperatingInfoEditor } from "@/components/portal/operating-info-editor";
import { PhotoUploadForm } from "@/components/portal/photo-upload-form";
import { formatLongDateTime } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Modalités de fonctionnement de la structure" };

export default async function OperatingInfoPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser("/espace-pro", `/espace-pro/structures/${id}/modalites`);
  const editor = await getOperatingInfoEditor(user, id).catch((error: unknown) => {
    if (error instanceof AccessDeniedError) notFound();
    throw error;
  });
  // Start from the most recent version the person wrote: a pending one, else the rejected one to correct, else the published one.
  const initial =
    editor.pending?.content ??
    editor.rejected?.content ??
    editor.published?.content ??
    (editor.facility.capacity ? { capacity: editor.facility.capacity } : null);
  return (
    <div className="max-w-3xl space-y-8">
      <div>
        <p className="text-sm">
          <Link href="/espace-pro">Mon espace professionnel</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">Modalités de fonctionnement — {editor.facility.name}</h1>
        <p className="mt-2">
          Chaque modification est soumise à la validation de votre Caf : la version publiée reste en ligne jusqu'à la
          validation de la nouvelle.
        </p>
        <p className="mt-2">
          <Link href={publicFacilityPath(editor.facility.id)}>Voir la page publique</Link>
        </p>
      </div>
      <section aria-labelledby="etat" className="card space-y-2">
        <h2 id="etat" className="text-xl font-bold">
          État
        </h2>
        <p>
          {editor.published?.publishedAt
            ? `Version publiée le ${formatLongDateTime(editor.published.publishedAt)}.`
            : "Aucune version publiée."}
        </p>
        {editor.pending?.submittedAt && (
          <p className="font-bold">
            Une version soumise le {formatLongDateTime(editor.pending.submittedAt)} attend la validation de la Caf. Une
            nouvelle soumission la remplacera.
          </p>
        )}
        {editor.rejected && (
          <div className="border-l-4 border-erreur bg-red-50 p-3">
            <p className="font-bold">
              Votre dernière soumission a été refusée par la Caf
              {editor.rejected.reviewedAt ? ` le ${formatLongDateTime(editor.rejected.reviewedAt)}` : ""}. Motif :
            </p>
            <p className="mt-1 whitespace-pre-line">{editor.rejected.reason}</p>
          </div>
        )}
      </section>
      <section aria-labelledby="modifier">
        <h2 id="modifier" className="mb-4 text-xl font-bold">
          Modifier les modalités de fonctionnement
        </h2>
        <OperatingInfoEditor
          facilityId={editor.facility.id}
          initial={initial}
          submitAction={submitOperatingInfoAction}
        />
      </section>
      <section aria-labelledby="photo" className="card space-y-4">
        <h2 id="photo" className="text-xl font-bold">
          Photo de la structure (facultative)
        </h2>
        <div className="grid gap-6 md:grid-cols-2">
          <figure>
            <figcaption className="font-bold">Photo publiée</figcaption>
            {editor.photo ? (
              // eslint-disable-next-line @next/next/no-img-element -- the photo route checks the session, which Next's image optimiser would not carry
              <img
                src={facilityPhotoPath(editor.facility.id, editor.photo.uploadedAt)}
                alt={editor.photo.altText ?? ""}
                className="mt-2 max-h-64 rounded"
              />
            ) : (
              <p>Aucune photo publiée.</p>
            )}
          </figure>
          {editor.pendingPhoto && (
            <figure>
              <figcaption className="font-bold">
                Nouvelle photo envoyée le {formatLongDateTime(editor.pendingPhoto.uploadedAt)}
                <span className="mt-1 block">En attente de validation par la Caf</span>
              </figcaption>
              {/* eslint-disable-next-line @next/next/no-img-element -- the photo route checks the session, which Next's image optimiser would not carry */}
              <img
                src={pendingFacilityPhotoPath(editor.facility.id, editor.pendingPhoto.uploadedAt)}
                alt={editor.pendingPhoto.altText ?? ""}
                className="mt-2 max-h-64 rounded"
              />
            </figure>
          )}
        </div>
        {editor.rejectedPhoto && (
          <div className="border-l-4 border-erreur bg-red-50 p-3">
            <p className="font-bold">
              Votre dernière photo a été refusée par la Caf
              {editor.rejectedPhoto.reviewedAt ? ` le ${formatLongDateTime(editor.rejectedPhoto.reviewedAt)}` : ""}.
              Motif :
            </p>
            <p className="mt-1 whitespace-pre-line">{editor.rejectedPhoto.rejectionReason}</p>
          </div>
        )}
        <PhotoUploadForm facilityId={editor.facility.id} />
      </section>
    </div>
  );
}
