"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { TextField } from "@/components/forms/text-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { usePayloadAction } from "@/components/forms/use-payload-action";
import { CommuneCombobox, type Commune } from "@/components/commune-combobox";
import { CARE_KINDS, familyRequestSchema } from "@/lib/family-requests/family-request-schema";
import type { NoInfoPoint } from "@/lib/family-requests/submit-family-request";
import type { PayloadActionResult } from "@/lib/forms/run-payload-action";

type Child = { status: "born" | "expected"; date: string };

/** `submitAction` is the page's server action; without an information point it answers the Caf's contact. */
export function FamilyRequestForm({
  submitAction,
}: {
  submitAction: (input: unknown) => Promise<PayloadActionResult<NoInfoPoint>>;
}) {
  const router = useRouter();
  const [commune, setCommune] = useState<Commune | null>(null);
  const [contact, setContact] = useState({ firstName: "", lastName: "", email: "", phone: "" });
  const [children, setChildren] = useState<Child[]>([{ status: "born", date: "" }]);
  const [wishedStartDate, setWishedStartDate] = useState("");
  const [schedule, setSchedule] = useState("");
  const [careKinds, setCareKinds] = useState<string[]>([]);
  const [message, setMessage] = useState("");
  const [consent, setConsent] = useState(false);
  const [website, setWebsite] = useState("");
  const {
    errors,
    message: formMessage,
    details: noInfoPoint,
    pending,
    submit: send,
  } = usePayloadAction({
    action: submitAction,
    schema: familyRequestSchema,
    invalidMessage: "Le formulaire contient des erreurs.",
    onSuccess: (result) => {
      if (result.redirectTo) router.push(result.redirectTo);
    },
  });

  function submit(event: React.SubmitEvent) {
    event.preventDefault();
    send({
      communeInsee: commune?.inseeCode ?? "",
      ...contact,
      children,
      wishedStartDate,
      schedule,
      careKinds,
      message,
      consent,
      website,
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-8">
      {/* The missing information point is told in its own notice below, not as an error of the form. */}
      <ErrorSummary errors={errors} message={noInfoPoint ? null : formMessage} />
      {noInfoPoint && (
        <div role="alert" tabIndex={-1} className="border-l-4 border-alerte bg-orange-50 p-4">
          <h2 className="font-bold">Aucun lieu d'information n'est encore habilité pour {noInfoPoint.communeName}</h2>
          <p className="mt-2">
            Votre demande n'a pas été envoyée. Contactez directement la {noInfoPoint.cafName} : {noInfoPoint.cafEmail}
            {noInfoPoint.cafPhone ? `, téléphone ${noInfoPoint.cafPhone}` : ""}.
          </p>
        </div>
      )}
      <div aria-hidden="true" className="absolute -left-[10000px]">
        <label htmlFor="website">Ne pas remplir</label>
        <input
          type="text"
          id="website"
          tabIndex={-1}
          autoComplete="off"
          value={website}
          onChange={(e) => setWebsite(e.target.value)}
        />
      </div>

      <fieldset className="space-y-3">
        <legend className="text-xl font-bold">Commune où vous cherchez un mode d'accueil</legend>
        <CommuneCombobox
          id="communeInsee"
          label="Nom ou code postal de la commune"
          hint="Au moins 2 caractères, puis choisissez dans la liste"
          error={errors.communeInsee}
          onChoose={setCommune}
        />
      </fieldset>

      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-xl font-bold">Vos coordonnées</legend>
        <TextField
          id="firstName"
          label="Prénom"
          autoComplete="given-name"
          value={contact.firstName}
          error={errors.firstName}
          onValueChange={(v) => setContact({ ...contact, firstName: v })}
        />
        <TextField
          id="lastName"
          label="Nom"
          autoComplete="family-name"
          value={contact.lastName}
          error={errors.lastName}
          onValueChange={(v) => setContact({ ...contact, lastName: v })}
        />
        <TextField
          id="email"
          label="Adresse électronique"
          type="email"
          autoComplete="email"
          hint="Format attendu : nom@domaine.fr"
          value={contact.email}
          error={errors.email}
          onValueChange={(v) => setContact({ ...contact, email: v })}
        />
        <TextField
          id="phone"
          label="Téléphone (facultatif)"
          type="tel"
          autoComplete="tel"
          value={contact.phone}
          error={errors.phone}
          onValueChange={(v) => setContact({ ...contact, phone: v })}
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-xl font-bold">Vos enfants de moins de 6 ans, nés ou à naître</legend>
        {children.map((child, index) => (
          <fieldset key={index} className="card grid gap-4 md:grid-cols-2">
            <legend className="px-1 font-bold">Enfant {index + 1}</legend>
            <div>
              <label htmlFor={`children-${index}-status`} className="field-label">
                Situation
              </label>
              <select
                id={`children-${index}-status`}
                className="field-input"
                value={child.status}
                onChange={(e) =>
                  setChildren(
                    children.map((c, i) => (i === index ? { ...c, status: e.target.value as Child["status"] } : c)),
                  )
                }
              >
                <option value="born">Né(e)</option>
                <option value="expected">À naître</option>
              </select>
            </div>
            <TextField
              id={`children-${index}-date`}
              label={child.status === "born" ? "Date de naissance" : "Date de naissance prévue"}
              type="date"
              value={child.date}
              error={errors[`children.${index}.date`]}
              onValueChange={(v) => setChildren(children.map((c, i) => (i === index ? { ...c, date: v } : c)))}
            />
            {children.length > 1 && (
              <button
                type="button"
                className="btn-secondary"
                onClick={() => setChildren(children.filter((_, i) => i !== index))}
              >
                Retirer l'enfant {index + 1}
              </button>
            )}
          </fieldset>
        ))}
        {children.length < 6 && (
          <button
            type="button"
            className="btn-secondary"
            onClick={() => setChildren([...children, { status: "born", date: "" }])}
          >
            Ajouter un enfant
          </button>
        )}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-xl font-bold">L'accueil recherché</legend>
        <TextField
          id="wishedStartDate"
          label="Date d'accueil souhaitée"
          type="date"
          value={wishedStartDate}
          error={errors.wishedStartDate}
          onValueChange={setWishedStartDate}
        />
        <fieldset aria-describedby={errors.careKinds ? "careKinds-error" : undefined}>
          <legend className="field-label" id="careKinds">
            Modes d'accueil qui vous intéressent
          </legend>
          {Object.entries(CARE_KINDS).map(([value, label]) => (
            <div key={value} className="mt-2 flex items-center gap-2">
              <input
                id={`care-${value}`}
                type="checkbox"
                checked={careKinds.includes(value)}
                onChange={(e) =>
                  setCareKinds(e.target.checked ? [...careKinds, value] : careKinds.filter((k) => k !== value))
                }
              />
              <label htmlFor={`care-${value}`}>{label}</label>
            </div>
          ))}
          {errors.careKinds && (
            <span id="careKinds-error" className="field-error">
              {errors.careKinds}
            </span>
          )}
        </fieldset>
        <div>
          <label htmlFor="schedule" className="field-label">
            Jours et horaires souhaités (facultatif)
          </label>
          <textarea
            id="schedule"
            rows={2}
            className="field-input"
            value={schedule}
            onChange={(e) => setSchedule(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor="message" className="field-label">
            Message (facultatif)
          </label>
          <textarea
            id="message"
            rows={4}
            className="field-input"
            value={message}
            onChange={(e) => setMessage(e.target.value)}
          />
        </div>
      </fieldset>

      <div>
        <div className="flex items-start gap-2">
          <input
            id="consent"
            type="checkbox"
            className="mt-0.5"
            checked={consent}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? "consent-error" : undefined}
            onChange={(e) => setConsent(e.target.checked)}
          />
          <label htmlFor="consent">
            J'accepte que ces informations soient transmises au lieu d'information de ma commune pour qu'il me réponde.
            Elles seront supprimées six mois après leur transmission.
          </label>
        </div>
        {errors.consent && (
          <span id="consent-error" className="field-error">
            {errors.consent}
          </span>
        )}
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Envoi…" : "Envoyer ma demande"}
      </button>
    </form>
  );
}
