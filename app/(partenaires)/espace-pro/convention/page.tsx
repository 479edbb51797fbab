import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { listMyConventions, type MyConvention } from "@/lib/partner-space/list-my-conventions";
import { CONVENTION_STATUS_NAMES } from "@/lib/conventions/convention-state-machine";
import { ActionForm } from "@/components/forms/action-form";
import { TextAreaField } from "@/components/forms/textarea-field";
import { MessageThread } from "@/components/threads/message-thread";
import { MessageForm } from "@/components/threads/message-form";
import { askForChangeAction, replyOnConventionAction, reportLeaverAction } from "./actions";
import { formatLongDay } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Ma convention" };

export default async function MyConventionPage() {
  const user = await requirePageUser("/espace-pro", "/espace-pro/convention");
  const conventions = await listMyConventions(user);
  const currentUserId = user.id;
  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-bold">{conventions.length > 1 ? "Mes conventions" : "Ma convention"}</h1>
      {conventions.length === 0 && <p>Aucune convention en vigueur ne vous habilite.</p>}
      {conventions.map((convention) => (
        <ConventionCard key={convention.id} convention={convention} currentUserId={currentUserId} />
      ))}
    </div>
  );
}

function ConventionCard({ convention, currentUserId }: { convention: MyConvention; currentUserId: string }) {
  const id = convention.id;
  const partnerName = convention.infoPoint?.name ?? convention.provider.legalName;
  return (
    <article aria-labelledby={`convention-${id}`} className="space-y-6">
      <div className="card space-y-2">
        <h2 id={`convention-${id}`} className="text-2xl font-bold">
          Convention {convention.number} — {CONVENTION_STATUS_NAMES[convention.status]}
        </h2>
        <p>
          {convention.type === "STRUCTURES" ? "Convention « Structures »" : "Convention « Lieu d'information »"} entre{" "}
          {partnerName} et la {convention.caf.name}
          {convention.signedAt && `, signée le ${formatLongDay(convention.signedAt, "UTC")}`}.
        </p>
        {convention.nextAnniversary && (
          <p>
            Prochaine date anniversaire (reconduction tacite) :{" "}
            <strong>{formatLongDay(convention.nextAnniversary, "UTC")}</strong>
          </p>
        )}
        <ul className="flex flex-wrap gap-4">
          <li>
            <a href={`/espace-pro/convention/${id}/pdf`} download>
              Télécharger la convention (PDF)
            </a>
          </li>
          {convention.amendments.map((amendment) => (
            <li key={amendment.number}>
              <a href={`/espace-pro/convention/${id}/pdf?avenant=${amendment.number}`} download>
                Avenant n° {amendment.number} (PDF)
              </a>
            </li>
          ))}
        </ul>
      </div>

      <section aria-labelledby={`annexe-${id}`} className="space-y-3">
        <h2 id={`annexe-${id}`} className="text-xl font-bold">
          Annexe 1 en vigueur
        </h2>
        <h3 className="font-bold">Personnes habilitées ({convention.people.length})</h3>
        <ul className="list-disc pl-5">
          {convention.people.map((person) => (
            <li key={person.id}>
              {person.firstName} {person.lastName}, {person.jobTitle} — {person.email}
              {person.suspendedAt && (
                <> — accès suspendu depuis le {formatLongDay(person.suspendedAt)} (départ signalé)</>
              )}
            </li>
          ))}
        </ul>
        {convention.type === "STRUCTURES" ? (
          <>
            <h3 className="font-bold">Structures ({convention.facilities.length})</h3>
            <ul className="list-disc pl-5">
              {convention.facilities.map((row) => (
                <li key={row.id}>
                  {row.facility.name}, {row.facility.postcode} {row.facility.commune.name} —{" "}
                  {[row.operatingInfo && "modalités de fonctionnement", row.availabilities && "disponibilités"]
                    .filter(Boolean)
                    .join(" et ")}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <>
            <h3 className="font-bold">Communes couvertes ({convention.communes.length})</h3>
            <p>{convention.communes.map((row) => row.commune.name).join(", ")}</p>
          </>
        )}
      </section>

      <LeaverSection convention={convention} currentUserId={currentUserId} />

      <section aria-labelledby={`modification-${id}`} className="card space-y-3">
        <h2 id={`modification-${id}`} className="text-xl font-bold">
          Demander une modification
        </h2>
        <p>
          Personnes ou structures à ajouter ou à retirer : la Caf prépare l'avenant à partir de votre demande. Pour une
          personne qui quitte l'organisme, signalez son départ : son accès est suspendu aussitôt.
        </p>
        {convention.changeAsks.length > 0 && (
          <ul className="list-disc pl-5">
            {convention.changeAsks.map((ask) => (
              <li key={ask.id}>
                {formatLongDay(ask.createdAt)} — {ask.status === "OPEN" ? "en cours à la Caf" : "traitée"} :{" "}
                {ask.details}
              </li>
            ))}
          </ul>
        )}
        <ActionForm action={askForChangeAction.bind(null, id)} submitLabel="Envoyer la demande de modification">
          <TextAreaField
            id={`details-${id}`}
            name="details"
            label="Modification demandée"
            hint="Nom, fonction et courriel des personnes ; nom et commune des structures."
            minLength={10}
          />
        </ActionForm>
      </section>

      <MessageThread
        titleId={`echanges-${id}`}
        title="Échanges avec la Caf"
        messages={convention.messages}
        partnerName={partnerName}
      >
        <MessageForm
          id={`message-${id}`}
          label="Votre message à la Caf"
          action={replyOnConventionAction.bind(null, id)}
        />
      </MessageThread>
    </article>
  );
}

/**
 * The convention asks the partner to tell the Caf of every departure: the access stops at once. One form
 * for the convention, so that its confirmation stays on screen once the person is shown as suspended.
 */
function LeaverSection({ convention, currentUserId }: { convention: MyConvention; currentUserId: string }) {
  const colleagues = convention.people.filter((person) => person.userId !== currentUserId);
  if (colleagues.length === 0) return null;
  const id = convention.id;
  return (
    <section aria-labelledby={`depart-${id}`} className="card space-y-3">
      <h2 id={`depart-${id}`} className="text-xl font-bold">
        Signaler un départ
      </h2>
      <p>
        L'accès de la personne à l'espace partenaire est suspendu aussitôt et la Caf est prévenue ; elle la retire de
        l'annexe par avenant.
      </p>
      <ActionForm action={reportLeaverAction.bind(null, id)} submitLabel="Signaler le départ" variant="secondary">
        <div>
          <label htmlFor={`depart-personne-${id}`} className="field-label">
            Personne qui quitte l'organisme (obligatoire)
          </label>
          <select
            id={`depart-personne-${id}`}
            name="conventionPersonId"
            required
            defaultValue=""
            className="field-input"
          >
            <option value="" disabled>
              Choisissez une personne
            </option>
            {colleagues
              .filter((person) => !person.suspendedAt)
              .map((person) => (
                <option key={person.id} value={person.id}>
                  {person.firstName} {person.lastName} — {person.email}
                </option>
              ))}
          </select>
        </div>
        <TextAreaField
          id={`depart-motif-${id}`}
          name="reason"
          label="Motif du départ (obligatoire)"
          hint="Par exemple : départ de la structure le 30 novembre. 3 caractères au minimum."
          minLength={3}
          rows={2}
        />
      </ActionForm>
    </section>
  );
}
