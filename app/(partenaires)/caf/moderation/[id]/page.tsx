import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { AccessDeniedError, requirePageUser } from "@/lib/auth/session";
import { getModerationView } from "@/lib/moderation/get-moderation-view";
import { WITHDRAWABLE_CONTENT, type WithdrawableContent } from "@/lib/moderation/withdraw-published-content";
import { facilityPhotoPath, publicFacilityPath } from "@/lib/portal/portal-urls";
import { ActionForm } from "@/components/forms/action-form";
import { ReasonField } from "@/components/forms/reason-field";
import { AvailabilityTable } from "@/components/availability/availability-table";
import { FreshnessNotice } from "@/components/availability/freshness-notice";
import { OperatingInfoList } from "@/components/operating-info/operating-info-list";
import { withdrawContentAction } from "../actions";
import { DataTable, DataTableRow } from "@/components/data-table";
import { formatShortDateTime } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Contenus publiés d'une structure" };

const ACTION_NAMES: Record<string, string> = {
  "availability.publish": "Publication de disponibilités",
  "operating-info.submit": "Soumission de modalités",
  "operating-info.approve": "Validation de modalités",
  "operating-info.reject": "Refus de modalités",
  "facility.photo-upload": "Envoi d'une photo",
  "facility-photo.approve": "Validation d'une photo",
  "facility-photo.reject": "Refus d'une photo",
  "moderation.withdraw-operatingInfo": "Retrait des modalités",
  "moderation.withdraw-availabilities": "Retrait des disponibilités",
  "moderation.withdraw-photo": "Retrait de la photo",
};

function WithdrawForm({ facilityId, content }: { facilityId: string; content: WithdrawableContent }) {
  return (
    <ActionForm
      action={withdrawContentAction.bind(null, facilityId)}
      submitLabel={`Retirer la ${content === "photo" ? "photo" : "publication"}`}
      variant="secondary"
    >
      <input type="hidden" name="content" value={content} />
      <ReasonField id={`reason-${content}`} label="Motif du retrait" />
    </ActionForm>
  );
}

export default async function ModerationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ retrait?: string }>;
}) {
  const { id } = await params;
  const { retrait } = await searchParams;
  const user = await requirePageUser("/caf", `/caf/moderation/${id}`);
  const view = await getModerationView(user, id).catch((error: unknown) => {
    if (error instanceof AccessDeniedError) notFound();
    throw error;
  });
  const withdrawn =
    retrait && retrait in WITHDRAWABLE_CONTENT ? WITHDRAWABLE_CONTENT[retrait as WithdrawableContent] : null;
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm">
          <Link href="/caf/moderation">Fraîcheur des disponibilités</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">Contenus publiés — {view.facility.name}</h1>
        <p className="mt-1">
          {view.facility.city} — {view.facility.cafName} —{" "}
          <Link href={publicFacilityPath(view.facility.id)}>page publique</Link>
        </p>
        {withdrawn && (
          <p role="status" className="mt-2 notice-success">
            Retrait effectué ({withdrawn}) : le partenaire en est informé par courriel.
          </p>
        )}
      </div>

      {view.facility.isEaje && (
        <section aria-labelledby="disponibilites" className="card space-y-3">
          <h2 id="disponibilites" className="text-xl font-bold">
            Disponibilités publiées
          </h2>
          {view.availabilities ? (
            <>
              <FreshnessNotice updatedAt={view.availabilities.updatedAt} audience="partner" />
              <AvailabilityTable
                slots={view.availabilities.slots}
                noPlaceAvailable={view.availabilities.noPlaceAvailable}
                caption="Disponibilités publiées"
              />
              <WithdrawForm facilityId={view.facility.id} content="availabilities" />
            </>
          ) : (
            <p>Aucune disponibilité publiée.</p>
          )}
        </section>
      )}

      <section aria-labelledby="modalites" className="card space-y-3">
        <h2 id="modalites" className="text-xl font-bold">
          Modalités de fonctionnement publiées
        </h2>
        {view.operatingInfo ? (
          <>
            <OperatingInfoList content={view.operatingInfo.content} />
            <WithdrawForm facilityId={view.facility.id} content="operatingInfo" />
          </>
        ) : (
          <p>Aucune modalité de fonctionnement publiée.</p>
        )}
      </section>

      <section aria-labelledby="photo" className="card space-y-3">
        <h2 id="photo" className="text-xl font-bold">
          Photo
        </h2>
        {view.photo ? (
          <>
            {/* eslint-disable-next-line @next/next/no-img-element -- the photo route checks the session, which Next's image optimiser would not carry */}
            <img
              src={facilityPhotoPath(view.facility.id, view.photo.uploadedAt)}
              alt={view.photo.altText ?? ""}
              className="max-h-64 rounded"
            />
            <WithdrawForm facilityId={view.facility.id} content="photo" />
          </>
        ) : (
          <p>Aucune photo publiée.</p>
        )}
      </section>

      <section aria-labelledby="journal">
        <h2 id="journal" className="text-xl font-bold">
          Historique des contenus
        </h2>
        <DataTable
          caption="Publications, validations et retraits, les plus récents en premier"
          className="mt-2"
          columns={["Date", "Action", "N° d'identification", "Motif"]}
        >
          {view.history.map((event) => (
            <DataTableRow key={event.id}>
              <td className="p-2">{formatShortDateTime(event.at)}</td>
              <td className="p-2">
                {ACTION_NAMES[event.action] ?? event.action}
                {event.apiKeyId ? " (logiciel)" : ""}
              </td>
              <td className="p-2">{event.actorPersonalNumber ?? "—"}</td>
              <td className="p-2">{event.reason ?? ""}</td>
            </DataTableRow>
          ))}
        </DataTable>
      </section>
    </div>
  );
}
