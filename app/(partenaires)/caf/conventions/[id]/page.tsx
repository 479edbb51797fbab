import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { AccessDeniedError, requirePageUser } from "@/lib/auth/session";
import { getConvention } from "@/lib/conventions/get-convention";
import {
  canTransitionConvention,
  CONVENTION_STATUS_NAMES,
  isLiveConvention,
} from "@/lib/conventions/convention-state-machine";
import { FACILITY_KIND_LABELS } from "@/lib/catalogue/facility-kinds";
import { isoDay } from "@/lib/validation/dates";
import { ActionForm } from "@/components/forms/action-form";
import { PastDateField } from "@/components/forms/past-date-field";
import { StatusHistory } from "@/components/status-history";
import { AmendmentForm } from "@/components/conventions/amendment-form";
import { postConventionMessageAction } from "./thread-actions";
import { CafThread } from "@/components/threads/caf-thread";
import { SignatureSection, defaultSignatories } from "@/components/conventions/signature-section";
import { AMENDMENT_STATUS_NAMES, canTransitionAmendment } from "@/lib/conventions/amendment-state-machine";
import type { ConventionParties } from "@/lib/conventions/parties";
import {
  createAmendmentAction,
  markAmendmentSentAction,
  notifyTerminationAction,
  signAmendmentAction,
  suspendPersonAction,
} from "./actions";
import { DataTable, DataTableRow } from "@/components/data-table";
import { formatLongDay } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Convention" };

export default async function ConventionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser("/caf", `/caf/conventions/${id}`);
  const convention = await getConvention(user, id).catch((error: unknown) => {
    if (error instanceof AccessDeniedError) notFound();
    throw error;
  });
  const live = isLiveConvention(convention.status);
  // Notice can be given (and the convention still renews by itself) until a termination is notified.
  const canGiveNotice = canTransitionConvention(convention.status, "TERMINATION_NOTIFIED");
  const currentPeople = convention.people.filter((p) => !p.removedAt);
  const today = isoDay(new Date());
  const pdfBase = `/caf/demandes/${convention.request.id}/convention`;

  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm">
          <Link href="/caf/conventions">Toutes les conventions</Link> ·{" "}
          <Link href={`/caf/demandes/${convention.request.id}`}>Demande {convention.request.reference}</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">Convention {convention.number}</h1>
        <p>
          {convention.provider.legalName} (SIRET {convention.provider.siret})
          {convention.request.infoPointName ? ` — lieu d'information « ${convention.request.infoPointName} »` : ""} —{" "}
          <strong>{CONVENTION_STATUS_NAMES[convention.status]}</strong>
        </p>
      </div>

      <section aria-labelledby="dates" className="card">
        <h2 id="dates" className="text-xl font-bold">
          Durée
        </h2>
        <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-bold">Date d'effet (signature)</dt>
          <dd>{convention.signedAt ? formatLongDay(convention.signedAt, "UTC") : "Non signée"}</dd>
          {convention.dates && canGiveNotice && (
            <>
              <dt className="font-bold">Prochaine date anniversaire</dt>
              <dd>
                {formatLongDay(convention.dates.nextAnniversary, "UTC")} — reconduction tacite pour un an, sauf
                résiliation
              </dd>
              <dt className="font-bold">Fin la plus proche possible</dt>
              <dd>{formatLongDay(convention.dates.earliestEnd, "UTC")} (préavis de trois mois)</dd>
            </>
          )}
          {convention.terminationEffectiveAt && (
            <>
              <dt className="font-bold">Fin de la convention</dt>
              <dd>
                {formatLongDay(convention.terminationEffectiveAt, "UTC")}
                {convention.terminationReason ? ` — ${convention.terminationReason}` : ""}
              </dd>
            </>
          )}
        </dl>
        <p className="mt-4">
          <a href={pdfBase} download>
            Convention initiale (PDF, modèle version {convention.template.version})
          </a>
        </p>
      </section>

      <section aria-labelledby="annexe">
        <h2 id="annexe" className="text-xl font-bold">
          Annexe 1 en vigueur
        </h2>
        <h3 className="mt-4 font-bold">Personnes habilitées ({currentPeople.length})</h3>
        <DataTable
          caption="Personnes habilitées par l'annexe 1 en vigueur"
          className="mt-2"
          columns={["Nom", "Courriel", "N° d'identification", "Compte"]}
        >
          {convention.people.map((person) => (
            <DataTableRow key={person.id} className={person.removedAt ? "text-texte-mention" : undefined}>
              <td className="p-2">
                {person.firstName} {person.lastName} — {person.jobTitle}
              </td>
              <td className="p-2">{person.email}</td>
              <td className="p-2">{person.user?.personalNumber ?? "—"}</td>
              <td className="p-2">
                {person.removedAt
                  ? `Retirée le ${formatLongDay(person.removedAt)}`
                  : person.suspendedAt
                    ? `Accès suspendu le ${formatLongDay(person.suspendedAt)} (${person.suspensionReason}) : avenant à produire`
                    : person.user
                      ? person.user.active
                        ? "Actif"
                        : "Désactivé"
                      : "Pas encore créé"}
                {live && !person.removedAt && !person.suspendedAt && (
                  <details className="mt-1">
                    <summary className="cursor-pointer">Suspendre l'accès (départ)</summary>
                    <ActionForm
                      action={suspendPersonAction.bind(null, convention.id)}
                      submitLabel="Suspendre l'accès maintenant"
                      variant="secondary"
                    >
                      <input type="hidden" name="conventionPersonId" value={person.id} />
                      <div>
                        <label htmlFor={`suspension-${person.id}`} className="field-label">
                          Motif
                        </label>
                        <input
                          type="text"
                          id={`suspension-${person.id}`}
                          name="reason"
                          required
                          defaultValue="Départ de la personne"
                          className="field-input"
                        />
                      </div>
                    </ActionForm>
                  </details>
                )}
              </td>
            </DataTableRow>
          ))}
        </DataTable>
        {convention.type === "STRUCTURES" ? (
          <>
            <h3 className="mt-6 font-bold">Structures ({convention.facilities.length})</h3>
            <ul className="mt-2 list-disc pl-5">
              {convention.facilities.map((row) => (
                <li key={row.id}>
                  {row.facility.name} ({FACILITY_KIND_LABELS[row.facility.kind]}, {row.facility.commune.name}) :{" "}
                  {[row.operatingInfo && "modalités", row.availabilities && "disponibilités"]
                    .filter(Boolean)
                    .join(" et ")}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <>
            <h3 className="mt-6 font-bold">Communes ({convention.communes.length})</h3>
            <p className="mt-2">{convention.communes.map((row) => row.commune.name).join(", ")}</p>
          </>
        )}
      </section>

      <section aria-labelledby="avenants">
        <h2 id="avenants" className="text-xl font-bold">
          Avenants ({convention.amendments.length})
        </h2>
        {convention.amendments.length > 0 && (
          <ol className="mt-2 space-y-1">
            {convention.amendments.map((amendment) => (
              <li key={amendment.id} className="space-y-3">
                <p>
                  <a href={`${pdfBase}?avenant=${amendment.number}`} download>
                    Avenant n° {amendment.number} (PDF)
                  </a>{" "}
                  — <strong>{AMENDMENT_STATUS_NAMES[amendment.status]}</strong>
                  {amendment.inForceAt && ` le ${formatLongDay(amendment.inForceAt)}`} — {amendment.reason} — demandé le{" "}
                  {formatLongDay(amendment.requestedAt)}, produit par {amendment.createdBy.firstName}{" "}
                  {amendment.createdBy.lastName} (n° {amendment.createdBy.personalNumber})
                </p>
                {canTransitionAmendment(amendment.status, "SENT") && (
                  <ActionForm
                    action={markAmendmentSentAction.bind(null, convention.id, amendment.id)}
                    submitLabel="Enregistrer l'envoi pour signature"
                  >
                    <PastDateField
                      id={`amendment-sent-${amendment.number}`}
                      name="sentOn"
                      label={`Date d'envoi de l'avenant n° ${amendment.number}`}
                    />
                  </ActionForm>
                )}
                {canTransitionAmendment(amendment.status, "SIGNED") && (
                  <SignatureSection
                    idPrefix={`amendment-${amendment.number}`}
                    recorded={{
                      PARTNER: {
                        at: amendment.partnerSignedAt,
                        place: amendment.partnerSignedPlace,
                        signatory: amendment.partnerSignatory,
                      },
                      CAF: {
                        at: amendment.cafSignedAt,
                        place: amendment.cafSignedPlace,
                        signatory: amendment.cafSignatory,
                      },
                    }}
                    defaultSignatories={defaultSignatories(amendment.partiesSnapshot as ConventionParties | null)}
                    action={signAmendmentAction.bind(null, convention.id, amendment.id)}
                  />
                )}
              </li>
            ))}
          </ol>
        )}
        {live && (
          <details className="mt-4">
            <summary className="cursor-pointer font-bold">
              Établir un avenant (ajout ou retrait de personnes, structures, communes)
            </summary>
            <div className="mt-4">
              <AmendmentForm
                type={convention.type}
                caf={{
                  departementCode: convention.caf.departementCode,
                  departementName: "",
                  name: convention.caf.name,
                  email: convention.caf.email,
                  phone: convention.caf.phone,
                }}
                people={currentPeople.map((p) => ({ id: p.id, label: `${p.firstName} ${p.lastName} (${p.email})` }))}
                facilities={convention.facilities.map((f) => ({ id: f.id, label: f.facility.name }))}
                communes={convention.communes.map((c) => ({ id: c.id, label: c.commune.name }))}
                today={today}
                submit={createAmendmentAction.bind(null, convention.id)}
              />
            </div>
          </details>
        )}
      </section>

      {canGiveNotice && convention.dates && (
        <section aria-labelledby="resiliation" className="card">
          <h2 id="resiliation" className="text-xl font-bold">
            Résiliation
          </h2>
          <ActionForm
            action={notifyTerminationAction.bind(null, convention.id)}
            submitLabel="Enregistrer la résiliation"
            variant="secondary"
          >
            <input type="hidden" name="mode" value="notice" />
            <div className="grid gap-4 md:grid-cols-3">
              <div>
                <label htmlFor="requestedBy" className="field-label">
                  Lettre recommandée envoyée par
                </label>
                <select id="requestedBy" name="requestedBy" className="field-input" defaultValue="PARTNER">
                  <option value="PARTNER">Le partenaire</option>
                  <option value="CAF">La Caf</option>
                </select>
              </div>
              <div>
                <label htmlFor="noticeOn" className="field-label">
                  Date de réception (accusé de réception)
                </label>
                <input
                  id="noticeOn"
                  name="noticeOn"
                  type="date"
                  max={today}
                  defaultValue={today}
                  className="field-input"
                />
              </div>
              <div>
                <label htmlFor="endOn" className="field-label">
                  Date de fin (date anniversaire ; vide : la plus proche permise par le préavis)
                </label>
                <input
                  id="endOn"
                  name="endOn"
                  type="date"
                  defaultValue={isoDay(convention.dates.earliestEnd)}
                  className="field-input"
                />
              </div>
            </div>
            <div className="grid gap-4 md:grid-cols-2">
              <div>
                <label htmlFor="letterSentOn" className="field-label">
                  Date d'envoi de la lettre recommandée
                </label>
                <input id="letterSentOn" name="letterSentOn" type="date" max={today} className="field-input" />
              </div>
              <div>
                <label htmlFor="letterReference" className="field-label">
                  Numéro de la lettre recommandée
                </label>
                <input
                  type="text"
                  id="letterReference"
                  name="letterReference"
                  maxLength={100}
                  className="field-input"
                />
              </div>
            </div>
            <div>
              <label htmlFor="termination-reason" className="field-label">
                Motif (facultatif)
              </label>
              <input type="text" id="termination-reason" name="reason" className="field-input" />
            </div>
          </ActionForm>
          {convention.type === "INFO_POINT" && (
            <details className="mt-6">
              <summary className="cursor-pointer font-bold">Résilier immédiatement pour mauvaise utilisation</summary>
              <div className="mt-4">
                <ActionForm
                  action={notifyTerminationAction.bind(null, convention.id)}
                  submitLabel="Résilier immédiatement"
                  variant="secondary"
                >
                  <input type="hidden" name="mode" value="immediate" />
                  <div>
                    <label htmlFor="misuse-reason" className="field-label">
                      Motif
                    </label>
                    <textarea id="misuse-reason" name="reason" rows={3} className="field-input" />
                  </div>
                </ActionForm>
              </div>
            </details>
          )}
        </section>
      )}

      <CafThread
        actor={user}
        target={{ conventionId: convention.id }}
        partnerName={convention.provider.legalName}
        recipients="aux personnes habilitées"
        post={postConventionMessageAction.bind(null, convention.id)}
      />

      <StatusHistory events={convention.events} names={CONVENTION_STATUS_NAMES} />
    </div>
  );
}
