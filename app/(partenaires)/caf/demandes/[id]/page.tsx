import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { AccessDeniedError, requirePageUser } from "@/lib/auth/session";
import { getHabilitationRequest, type HabilitationRequestDetail } from "@/lib/habilitation/get-habilitation-request";
import {
  canStartReview,
  canTransition,
  HABILITATION_STATUS_NAMES,
  isActivated,
  isUnderReview,
} from "@/lib/habilitation/habilitation-state-machine";
import { CONVENTION_STATUS_NAMES } from "@/lib/conventions/convention-state-machine";
import { FACILITY_KIND_LABELS } from "@/lib/catalogue/facility-kinds";
import { ActionForm } from "@/components/forms/action-form";
import { TextAreaField } from "@/components/forms/textarea-field";
import { PastDateField } from "@/components/forms/past-date-field";
import { StatusHistory } from "@/components/status-history";
import { SignatureSection, defaultSignatories } from "@/components/conventions/signature-section";
import type { ConventionParties } from "@/lib/conventions/parties";
import { getRequestChecks } from "@/lib/habilitation/get-request-checks";
import { RequestChecksPanel } from "@/components/instruction/request-checks-panel";
import { ProviderDetailsDecision } from "@/components/instruction/provider-details-decision";
import { ActivationForm } from "@/components/instruction/activation-form";
import { NewFacilitiesReview } from "@/components/instruction/new-facilities-review";
import { RequestChanges } from "@/components/instruction/request-changes";
import { CafThread } from "@/components/threads/caf-thread";
import { RequestNotes } from "@/components/desk/request-notes";
import {
  acceptNewFacilityAction,
  addRequestNoteAction,
  postRequestMessageAction,
  askForCorrectionsAction,
  recordCheckDecisionAction,
  decideProviderDetailsAction,
  generateConventionAction,
  recordSendingAction,
  recordSignatureAction,
  refuseAction,
  startReviewAction,
} from "./actions";
import { DataTable, DataTableRow } from "@/components/data-table";
import { formatLongDay } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Demande d'habilitation" };

async function load(id: string, returnTo: string) {
  const user = await requirePageUser("/caf", returnTo);
  try {
    return [user, ...(await Promise.all([getHabilitationRequest(user, id), getRequestChecks(user, id)]))] as const;
  } catch (error) {
    if (error instanceof AccessDeniedError) notFound();
    throw error;
  }
}

export default async function RequestDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [user, request, checks] = await load(id, `/caf/demandes/${id}`);
  const isStructures = request.type === "STRUCTURES";
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm">
          <Link href="/caf/demandes">Toutes les demandes</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">Demande {request.reference}</h1>
        <p className="mt-1">
          {isStructures ? "Convention « Structures »" : "Convention « Lieu d'information »"} — déposée le{" "}
          {formatLongDay(request.submittedAt)} — <strong>Statut : {HABILITATION_STATUS_NAMES[request.status]}</strong>
        </p>
        {request.changesRequested && (
          <p className="mt-2 border-l-4 border-bleu bg-bleu-clair p-3">
            Compléments demandés au demandeur : {request.changesRequested}
          </p>
        )}
        {request.refusalReason && (
          <p className="mt-2 border-l-4 border-erreur bg-red-50 p-3">Motif du refus : {request.refusalReason}</p>
        )}
      </div>

      <Actions request={request} />

      <RequestChecksPanel checks={checks} recordDecision={recordCheckDecisionAction.bind(null, id)} />

      {checks.knownProvider && (
        <ProviderDetailsDecision
          knownProvider={checks.knownProvider}
          canDecide={request.status === "IN_REVIEW" && !request.convention}
          decide={decideProviderDetailsAction.bind(null, id)}
        />
      )}

      <RequestChanges versions={request.versions} />

      <section aria-labelledby="organisme" className="card">
        <h2 id="organisme" className="text-xl font-bold">
          Organisme demandeur
        </h2>
        <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-bold">Raison sociale</dt>
          <dd>{request.legalName}</dd>
          <dt className="font-bold">SIRET</dt>
          <dd>{request.siret}</dd>
          <dt className="font-bold">Adresse</dt>
          <dd>
            {request.street}, {request.postcode} {request.city}
          </dd>
          <dt className="font-bold">Représentant légal</dt>
          <dd>
            {request.legalRepresentativeName}, {request.legalRepresentativeTitle}
          </dd>
          <dt className="font-bold">Courriel</dt>
          <dd>{request.email}</dd>
          <dt className="font-bold">Téléphone</dt>
          <dd>{request.phone}</dd>
          {request.infoPointName && (
            <>
              <dt className="font-bold">Lieu d'information</dt>
              <dd>{request.infoPointName}</dd>
            </>
          )}
        </dl>
      </section>

      <section aria-labelledby="personnes">
        <h2 id="personnes" className="text-xl font-bold">
          Personnes à habiliter ({request.people.length})
        </h2>
        {request.accountConflicts.length > 0 && (
          <div className="notice-error mt-2">
            <p className="font-bold">Ces comptes ne pourront pas être activés :</p>
            <ul className="list-disc pl-6">
              {request.accountConflicts.map((conflict) => (
                <li key={conflict.email}>{conflict.message}</li>
              ))}
            </ul>
          </div>
        )}
        <DataTable
          caption="Personnes à habiliter : nom, fonction et courriel"
          className="mt-2"
          columns={["Nom", "Fonction", "Courriel"]}
        >
          {request.people.map((person) => (
            <DataTableRow key={person.id}>
              <td className="p-2">
                {person.firstName} {person.lastName}
              </td>
              <td className="p-2">{person.jobTitle}</td>
              <td className="p-2">{person.email}</td>
            </DataTableRow>
          ))}
        </DataTable>
      </section>

      {isStructures ? (
        <section aria-labelledby="structures">
          <h2 id="structures" className="text-xl font-bold">
            Structures ({request.facilities.length})
          </h2>
          <DataTable
            caption="Structures de la demande et publications demandées"
            className="mt-2"
            columns={["Structure", "Adresse", "Publications demandées"]}
          >
            {request.facilities.map(({ facility, facilityId, operatingInfo, availabilities }) => (
              <DataTableRow key={facilityId}>
                <td className="p-2">
                  {facility.name}{" "}
                  <span className="text-sm text-texte-mention">({FACILITY_KIND_LABELS[facility.kind]})</span>
                </td>
                <td className="p-2">
                  {facility.street}, {facility.postcode} {facility.commune.name}
                </td>
                <td className="p-2">
                  {[operatingInfo && "Modalités de fonctionnement", availabilities && "Disponibilités"]
                    .filter(Boolean)
                    .join(", ")}
                </td>
              </DataTableRow>
            ))}
          </DataTable>
          <div className="mt-6">
            <NewFacilitiesReview
              newFacilities={request.newFacilities}
              candidates={checks.matchCandidates}
              canDecide={isUnderReview(request.status)}
              accept={(newFacilityId) => acceptNewFacilityAction.bind(null, id, newFacilityId)}
            />
          </div>
        </section>
      ) : (
        <section aria-labelledby="communes">
          <h2 id="communes" className="text-xl font-bold">
            Communes couvertes ({request.communes.length})
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {request.communes.map(({ commune, communeInsee }) => (
              <li key={communeInsee}>
                {commune.name} ({commune.postcodes.join(", ")}) — INSEE {communeInsee}
              </li>
            ))}
          </ul>
        </section>
      )}

      <CafThread
        actor={user}
        target={{ requestId: id }}
        partnerName={request.legalName}
        recipients={`au demandeur (${request.email})`}
        post={postRequestMessageAction.bind(null, id)}
      />

      <RequestNotes actor={user} requestId={id} add={addRequestNoteAction.bind(null, id)} />

      <StatusHistory events={request.events} names={HABILITATION_STATUS_NAMES} />
    </div>
  );
}

function Actions({ request }: { request: HabilitationRequestDetail }) {
  const { id, status, convention } = request;
  const canRefuse = canTransition(status, "REFUSED");
  const canAskForCorrections = canTransition(status, "CHANGES_REQUESTED");
  return (
    <section aria-labelledby="instruction" className="card space-y-6 border-bleu">
      <h2 id="instruction" className="text-xl font-bold">
        Instruction
      </h2>
      {convention && (
        <div>
          <p>
            Convention <strong>{convention.number}</strong> — {CONVENTION_STATUS_NAMES[convention.status]} (modèle
            version {convention.template.version})
            {convention.sentAt && ` — envoyée le ${formatLongDay(convention.sentAt)}`}
            {convention.signedAt &&
              ` — signée par les deux parties, en vigueur le ${formatLongDay(convention.signedAt, "UTC")}`}
            {convention.paperCopyStatementAt && " — exemplaire papier signé déclaré classé au dossier"}
          </p>
          <p className="mt-2 flex flex-wrap gap-4">
            <a href={`/caf/demandes/${id}/convention`} className="btn-secondary" download>
              Télécharger la convention (PDF)
            </a>
            {convention.signedScan && (
              <a href={`/caf/demandes/${id}/convention-signee`} download>
                Convention signée numérisée ({Math.ceil(convention.signedScan.size / 1024)} Ko)
              </a>
            )}
          </p>
        </div>
      )}
      {canStartReview(status) && (
        <ActionForm action={startReviewAction.bind(null, id)} submitLabel="Prendre en charge la demande" />
      )}
      {canTransition(status, "CONVENTION_SENT") && !convention && (
        <ActionForm action={generateConventionAction.bind(null, id)} submitLabel="Produire la convention" />
      )}
      {canTransition(status, "CONVENTION_SENT") && convention && (
        <ActionForm action={recordSendingAction.bind(null, id)} submitLabel="Enregistrer l'envoi postal">
          <PastDateField id="sentOn" name="sentOn" label="Date d'envoi postal de la convention" />
        </ActionForm>
      )}
      {canTransition(status, "SIGNED") && convention && (
        <SignatureSection
          idPrefix="convention"
          recorded={{
            PARTNER: {
              at: convention.partnerSignedAt,
              place: convention.partnerSignedPlace,
              signatory: convention.partnerSignatory,
            },
            CAF: { at: convention.cafSignedAt, place: convention.cafSignedPlace, signatory: convention.cafSignatory },
          }}
          defaultSignatories={defaultSignatories(convention.partiesSnapshot as ConventionParties | null)}
          action={recordSignatureAction.bind(null, id)}
        />
      )}
      {canTransition(status, "ACTIVE") && (
        <div className="space-y-2">
          <p>
            L'activation crée un compte personnel par personne listée et lui envoie un mot de passe généré. La Caf n'en
            a jamais connaissance. Elle demande l'exemplaire signé : sa version numérisée, ou votre déclaration que
            l'exemplaire papier signé est classé au dossier.
          </p>
          <ActivationForm requestId={id} />
        </div>
      )}
      {isActivated(status) && convention && (
        <p>
          Les comptes sont actifs.{" "}
          <Link href={`/caf/conventions/${convention.id}`}>Gérer la convention (avenants, résiliation)</Link>
        </p>
      )}
      {canAskForCorrections && (
        <details>
          <summary className="cursor-pointer font-bold">Demander des compléments au demandeur</summary>
          <div className="mt-4">
            <ActionForm action={askForCorrectionsAction.bind(null, id)} submitLabel="Demander les compléments">
              <TextAreaField
                id="corrections-message"
                name="message"
                label="Ce qu'il faut corriger ou compléter"
                hint="Envoyé par courriel au demandeur avec son lien pour corriger la demande, sans la recommencer."
                minLength={10}
              />
            </ActionForm>
          </div>
        </details>
      )}
      {canRefuse && (
        <details>
          <summary className="cursor-pointer font-bold">Refuser la demande</summary>
          <div className="mt-4">
            <ActionForm action={refuseAction.bind(null, id)} submitLabel="Refuser la demande" variant="secondary">
              <TextAreaField
                id="reason"
                name="reason"
                label="Motif du refus"
                hint="Il est envoyé par courriel au demandeur."
                minLength={10}
              />
            </ActionForm>
          </div>
        </details>
      )}
    </section>
  );
}
