import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { AccessDeniedError, requirePageUser } from "@/lib/auth/session";
import { getFacility } from "@/lib/catalogue/get-facility";
import { FACILITY_KIND_OPTIONS, facilityFormValues } from "@/lib/catalogue/facility-form-values";
import { FacilityForm } from "@/components/catalogue/facility-form";
import { ActionForm } from "@/components/forms/action-form";
import { changeFacilityStatusAction, updateFacilityAction } from "../actions";
import { DataTable, DataTableRow } from "@/components/data-table";
import { formatShortDateTime } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Structure du catalogue" };

const ACTION_NAMES: Record<string, string> = {
  "facility.create": "Création",
  "facility.update": "Modification",
  "facility.close": "Fermeture",
  "facility.reopen": "Réouverture",
};

export default async function FacilityPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ cree?: string }>;
}) {
  const { id } = await params;
  const { cree } = await searchParams;
  const user = await requirePageUser("/caf", `/caf/structures/${id}`);
  const { facility, history } = await getFacility(user, id).catch((error: unknown) => {
    if (error instanceof AccessDeniedError) notFound();
    throw error;
  });
  const open = facility.status === "OPEN";
  return (
    <div className="max-w-3xl space-y-8">
      <div>
        <p className="text-sm">
          <Link href="/caf/structures">Catalogue des structures</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">{facility.name}</h1>
        <p className="mt-1">
          {facility.caf.name} — {facility.postcode} {facility.commune.name} —{" "}
          <strong>{open ? "Ouverte" : "Fermée"}</strong>
        </p>
        <p className="mt-2 flex flex-wrap gap-4">
          <Link href={`/caf/moderation/${facility.id}`}>Contenus publiés (disponibilités, modalités, photo)</Link>
          <Link href={`/structures/${facility.id}`}>Page publique</Link>
        </p>
        {cree && (
          <p role="status" className="mt-2 notice-success">
            La structure est ajoutée au catalogue.
          </p>
        )}
      </div>

      <section aria-labelledby="modifier" className="card">
        <h2 id="modifier" className="mb-4 text-xl font-bold">
          Modifier la fiche
        </h2>
        <FacilityForm
          action={updateFacilityAction.bind(null, facility.id)}
          initial={facilityFormValues(facility)}
          kinds={FACILITY_KIND_OPTIONS}
          departementCode={facility.departementCode}
          submitLabel="Enregistrer les modifications"
        />
      </section>

      <section aria-labelledby="etat" className="card">
        <h2 id="etat" className="mb-4 text-xl font-bold">
          {open ? "Fermer la structure" : "Rouvrir la structure"}
        </h2>
        <p className="mb-4">
          {open
            ? "Une structure fermée n'est plus proposée dans les demandes d'habilitation ; son historique est conservé."
            : `Fermée le ${facility.closedAt ? formatShortDateTime(facility.closedAt) : "—"}.`}
        </p>
        <ActionForm
          action={changeFacilityStatusAction.bind(null, facility.id)}
          submitLabel={open ? "Fermer la structure" : "Rouvrir la structure"}
          variant="secondary"
        >
          <input type="hidden" name="status" value={open ? "CLOSED" : "OPEN"} />
          <div>
            <label htmlFor="reason" className="field-label">
              Motif (facultatif)
            </label>
            <input type="text" id="reason" name="reason" maxLength={500} className="field-input" />
          </div>
        </ActionForm>
      </section>

      <section aria-labelledby="historique">
        <h2 id="historique" className="text-xl font-bold">
          Historique des modifications
        </h2>
        <DataTable
          caption="Dernières modifications, les plus récentes en premier"
          className="mt-2"
          columns={["Date", "Action", "N° d'identification de l'agent", "Détail"]}
        >
          {history.map((event) => (
            <DataTableRow key={event.id}>
              <td className="p-2">{formatShortDateTime(event.at)}</td>
              <td className="p-2">{ACTION_NAMES[event.action] ?? event.action}</td>
              <td className="p-2">{event.actorPersonalNumber ?? "—"}</td>
              <td className="p-2">
                {event.reason ??
                  (event.action === "facility.update" && event.data ? Object.keys(event.data).join(", ") : "")}
              </td>
            </DataTableRow>
          ))}
        </DataTable>
      </section>
    </div>
  );
}
