"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { z } from "zod";
import { TextField } from "@/components/forms/text-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { usePayloadAction } from "@/components/forms/use-payload-action";
import { FacilityPicker, type SelectedFacility } from "@/components/habilitation/facility-picker";
import { CommunePicker, type SelectedCommune } from "@/components/habilitation/commune-picker";
import { PeopleStep } from "@/components/habilitation/people-step";
import { NewFacilitiesSection, type NewFacilityDraft } from "@/components/habilitation/new-facilities-section";
import {
  infoPointRequestSchema,
  peopleSchema,
  providerSchema,
  structuresRequestSchema,
} from "@/lib/habilitation/request-schema";
import type { PersonInput } from "@/lib/conventions/annex-schema";
import { REQUEST_FORM_MESSAGES } from "@/lib/habilitation/request-form-messages";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import type { PayloadActionResult } from "@/lib/forms/run-payload-action";
import type { CafOption } from "@/lib/habilitation/list-caf-options";

type RequestType = "STRUCTURES" | "INFO_POINT";

export type Draft = {
  provider: Record<keyof z.input<typeof providerSchema>, string>;
  departementCode: string;
  facilities: SelectedFacility[];
  newFacilities: NewFacilityDraft[];
  infoPointName: string;
  communes: SelectedCommune[];
  people: PersonInput[];
  certified: boolean;
  website: string;
};

const emptyPerson = (): PersonInput => ({ firstName: "", lastName: "", email: "", jobTitle: "" });
const emptyDraft = (): Draft => ({
  provider: {
    legalName: "",
    siret: "",
    street: "",
    postcode: "",
    city: "",
    legalRepresentativeName: "",
    legalRepresentativeTitle: "",
    email: "",
    phone: "",
  },
  departementCode: "",
  facilities: [],
  newFacilities: [],
  infoPointName: "",
  communes: [],
  people: [emptyPerson()],
  certified: false,
  website: "",
});

const PROVIDER_FIELDS: {
  key: keyof Draft["provider"];
  label: string;
  hint?: string;
  type?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "tel" | "email";
}[] = [
  {
    key: "legalName",
    label: "Raison sociale",
    hint: "Nom de la collectivité, de l'association ou de l'entreprise",
    autoComplete: "organization",
  },
  { key: "siret", label: "SIRET", hint: "14 chiffres", inputMode: "numeric" },
  { key: "street", label: "Adresse", hint: "Numéro et voie", autoComplete: "address-line1" },
  { key: "postcode", label: "Code postal", inputMode: "numeric", autoComplete: "postal-code" },
  { key: "city", label: "Commune", autoComplete: "address-level2" },
  {
    key: "legalRepresentativeName",
    label: "Nom du représentant légal",
    hint: "Prénom et nom de la personne qui signera la convention",
  },
  {
    key: "legalRepresentativeTitle",
    label: "Qualité du représentant légal",
    hint: "Par exemple : maire, président, gérante",
  },
  {
    key: "email",
    label: "Adresse électronique de l'organisme",
    hint: "Format attendu : nom@domaine.fr — l'accusé de réception y sera envoyé",
    type: "email",
    autoComplete: "email",
    inputMode: "email",
  },
  {
    key: "phone",
    label: "Téléphone",
    hint: "Par exemple : 05 53 12 34 56",
    type: "tel",
    autoComplete: "tel",
    inputMode: "tel",
  },
];

function stepTitles(type: RequestType): string[] {
  return [
    "Votre organisme",
    "Caf destinataire",
    type === "STRUCTURES" ? "Structures concernées" : "Lieu d'information et communes",
    "Personnes à habiliter",
    "Vérification et envoi",
  ];
}

// Steps checked on their own, under the payload's keys so that their errors carry the payload's paths.
const providerStepSchema = z.object({ provider: providerSchema });
const peopleStepSchema = z.object({ people: peopleSchema });

// Which step shows the field that an error path points at.
function stepOfError(path: string): number {
  if (path.startsWith("provider")) return 0;
  if (path.startsWith("departementCode")) return 1;
  if (/^(facilities|newFacilities|communes|infoPointName)/.test(path)) return 2;
  if (path.startsWith("people")) return 3;
  return 4;
}

function toPayload(type: RequestType, draft: Draft) {
  const common = {
    provider: draft.provider,
    departementCode: draft.departementCode,
    people: draft.people,
    website: draft.website,
  };
  return type === "STRUCTURES"
    ? {
        type,
        ...common,
        facilities: draft.facilities.map(({ id, operatingInfo, availabilities }) => ({
          facilityId: id,
          operatingInfo,
          availabilities,
        })),
        newFacilities: draft.newFacilities.map(({ communeName: _name, ...facility }) => facility),
      }
    : { type, ...common, infoPointName: draft.infoPointName, communes: draft.communes.map((c) => c.inseeCode) };
}

function validateStep(type: RequestType, step: number, draft: Draft): Record<string, string> {
  const payload = toPayload(type, draft);
  const schema = type === "STRUCTURES" ? structuresRequestSchema : infoPointRequestSchema;
  switch (step) {
    case 0: {
      const result = providerStepSchema.safeParse({ provider: draft.provider });
      return result.success ? {} : fieldErrorsOf(result.error);
    }
    case 1:
      return draft.departementCode ? {} : { departementCode: "Choisissez la Caf destinataire." };
    case 2: {
      const result = schema.safeParse(payload);
      if (result.success) return {};
      return Object.fromEntries(
        Object.entries(fieldErrorsOf(result.error)).filter(([path]) => stepOfError(path) === 2),
      );
    }
    case 3: {
      const result = peopleStepSchema.safeParse({ people: draft.people });
      return result.success ? {} : fieldErrorsOf(result.error);
    }
    default:
      return draft.certified ? {} : { certified: "Cochez la case pour certifier l'exactitude des informations." };
  }
}

/**
 * The request form, step by step. A new request keeps its draft in this browser until it is sent; a
 * correction (from the follow-up link) starts from the request as the Caf holds it and sends it back. The page
 * hands over the server action that sends it.
 */
export function RequestWizard({
  type,
  cafs,
  submitAction,
  correction,
}: {
  type: RequestType;
  cafs: CafOption[];
  submitAction: (payload: unknown) => Promise<PayloadActionResult>;
  correction?: { draft: Draft };
}) {
  const storageKey = correction ? null : `monenfant:demande-habilitation:${type}`;
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(() => correction?.draft ?? emptyDraft());
  const [loaded, setLoaded] = useState(false);
  const [step, setStep] = useState(0);
  const {
    errors,
    setErrors,
    message,
    setMessage,
    pending,
    submit: send,
  } = usePayloadAction({
    action: submitAction,
    schema: type === "STRUCTURES" ? structuresRequestSchema : infoPointRequestSchema,
    invalidMessage: REQUEST_FORM_MESSAGES.invalid,
    // The first step showing an error is the one to correct.
    onErrors: (shown) => {
      const firstStep = Math.min(...Object.keys(shown).map(stepOfError), 4);
      if (firstStep < 4) setStep(firstStep);
    },
    onSuccess: (result) => {
      if (storageKey) window.localStorage.removeItem(storageKey);
      if (result.redirectTo) router.push(result.redirectTo);
    },
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titles = stepTitles(type);
  const caf = cafs.find((c) => c.departementCode === draft.departementCode);

  // What was typed survives a reload or an error: the draft lives in this browser until it is sent.
  useEffect(() => {
    const saved = storageKey && window.localStorage.getItem(storageKey);
    if (saved) {
      try {
        const parsed = JSON.parse(saved) as { draft: Draft; step: number };
        // localStorage exists only in the browser: reading it after mount keeps hydration identical to the
        // server's render.
        // eslint-disable-next-line react-hooks/set-state-in-effect
        setDraft({ ...emptyDraft(), ...parsed.draft });
        setStep(Math.min(Math.max(parsed.step, 0), 4));
      } catch {
        if (storageKey) window.localStorage.removeItem(storageKey);
      }
    }
    setLoaded(true);
  }, [storageKey]);

  useEffect(() => {
    if (loaded && storageKey) window.localStorage.setItem(storageKey, JSON.stringify({ draft, step }));
  }, [draft, step, loaded, storageKey]);

  function update(patch: Partial<Draft>) {
    setDraft((current) => ({ ...current, ...patch }));
  }

  function goTo(next: number) {
    setStep(next);
    setErrors({});
    setMessage(null);
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  function next() {
    const stepErrors = validateStep(type, step, draft);
    setErrors(stepErrors);
    if (Object.keys(stepErrors).length === 0) goTo(step + 1);
  }

  function submit() {
    const stepErrors = validateStep(type, 4, draft);
    setErrors(stepErrors);
    if (Object.keys(stepErrors).length === 0) send(toPayload(type, draft));
  }

  if (!loaded) return <p>Chargement du formulaire…</p>;

  return (
    <div>
      <nav aria-label="Étapes de la demande" className="mb-6">
        <p className="text-sm text-texte-mention">
          Étape {step + 1} sur {titles.length}
        </p>
        <ol className="mt-2 flex flex-wrap gap-2 text-sm">
          {titles.map((title, index) => (
            <li
              key={title}
              aria-current={index === step ? "step" : undefined}
              className={`border px-2 py-1 ${index === step ? "border-bleu bg-bleu-clair font-bold" : "border-gray-300"}`}
            >
              {index + 1}. {title}
            </li>
          ))}
        </ol>
      </nav>

      <h2 ref={headingRef} tabIndex={-1} className="mb-4 text-2xl font-bold">
        {titles[step]}
      </h2>
      <ErrorSummary errors={errors} message={message} />

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (step < 4) next();
          else submit();
        }}
        className="space-y-6"
      >
        {/* Honeypot: invisible to people and assistive technologies, filled by naive bots. */}
        <div aria-hidden="true" className="absolute -left-[10000px]">
          <label htmlFor="website">Ne pas remplir</label>
          <input
            type="text"
            id="website"
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={draft.website}
            onChange={(e) => update({ website: e.target.value })}
          />
        </div>

        {step === 0 && (
          <fieldset className="space-y-4">
            <legend className="sr-only">Votre organisme</legend>
            {PROVIDER_FIELDS.map((field) => (
              <TextField
                key={field.key}
                id={`provider-${field.key}`}
                label={field.label}
                hint={field.hint}
                type={field.type ?? "text"}
                autoComplete={field.autoComplete}
                inputMode={field.inputMode}
                value={draft.provider[field.key]}
                error={errors[`provider.${field.key}`]}
                onValueChange={(value) => update({ provider: { ...draft.provider, [field.key]: value } })}
              />
            ))}
          </fieldset>
        )}

        {step === 1 && (
          <div>
            <label htmlFor="departementCode" className="field-label">
              Caf de votre département
            </label>
            <span id="departementCode-hint" className="field-hint">
              La demande est instruite par la Caf du département où se trouvent vos structures.
            </span>
            <select
              id="departementCode"
              className="field-input"
              value={draft.departementCode}
              aria-describedby={`departementCode-hint${errors.departementCode ? " departementCode-error" : ""}`}
              aria-invalid={errors.departementCode ? true : undefined}
              onChange={(event) =>
                update({ departementCode: event.target.value, facilities: [], newFacilities: [], communes: [] })
              }
            >
              <option value="">— Choisir —</option>
              {cafs.map((option) => (
                // Short enough to be read whole in a phone's select (320 px): the Caf's name says the département.
                <option key={option.departementCode} value={option.departementCode}>
                  {option.name} ({option.departementCode})
                </option>
              ))}
            </select>
            {errors.departementCode && (
              <span id="departementCode-error" className="field-error">
                {errors.departementCode}
              </span>
            )}
            {/* The chosen Caf in full, wrapped as needed: a select shows only what fits on one line. */}
            <p role="status" className="mt-2">
              {caf && (
                <>
                  Demande adressée à la <strong>{caf.name}</strong>.
                </>
              )}
            </p>
          </div>
        )}

        {step === 2 && caf && type === "STRUCTURES" && (
          <>
            <FacilityPicker
              caf={caf}
              selected={draft.facilities}
              error={errors.facilities ?? Object.entries(errors).find(([k]) => k.startsWith("facilities"))?.[1]}
              onChange={(facilities) => update({ facilities })}
            />
            <NewFacilitiesSection
              departementCode={caf.departementCode}
              facilities={draft.newFacilities}
              errors={errors}
              onChange={(newFacilities) => update({ newFacilities })}
            />
          </>
        )}

        {step === 2 && caf && type === "INFO_POINT" && (
          <div className="space-y-6">
            <TextField
              id="infoPointName"
              label="Nom du lieu d'information"
              hint="Par exemple : Relais petite enfance de Lavardac"
              value={draft.infoPointName}
              error={errors.infoPointName}
              onValueChange={(value) => update({ infoPointName: value })}
            />
            <CommunePicker
              departementCode={caf.departementCode}
              selected={draft.communes}
              error={errors.communes}
              onChange={(communes) => update({ communes })}
            />
          </div>
        )}

        {step === 3 && <PeopleStep people={draft.people} errors={errors} onChange={(people) => update({ people })} />}

        {step === 4 && (
          <Review
            type={type}
            draft={draft}
            caf={caf}
            onEdit={goTo}
            certifiedError={errors.certified}
            onCertify={(certified) => update({ certified })}
          />
        )}

        <div className="flex flex-wrap gap-4 border-t border-gray-300 pt-6">
          {step > 0 && (
            <button type="button" className="btn-secondary" onClick={() => goTo(step - 1)}>
              Étape précédente
            </button>
          )}
          <button type="submit" className="btn-primary" disabled={pending}>
            {step < 4 ? "Étape suivante" : pending ? "Envoi en cours…" : "Envoyer la demande"}
          </button>
        </div>
      </form>
    </div>
  );
}

function Review({
  type,
  draft,
  caf,
  onEdit,
  certifiedError,
  onCertify,
}: {
  type: RequestType;
  draft: Draft;
  caf: CafOption | undefined;
  onEdit: (step: number) => void;
  certifiedError?: string;
  onCertify: (value: boolean) => void;
}) {
  const section = (title: string, step: number, content: React.ReactNode) => (
    <section className="card" aria-label={title}>
      <div className="flex items-baseline justify-between gap-4">
        <h3 className="text-lg font-bold">{title}</h3>
        <button type="button" className="underline" onClick={() => onEdit(step)}>
          Modifier<span className="sr-only"> : {title}</span>
        </button>
      </div>
      <div className="mt-2">{content}</div>
    </section>
  );
  return (
    <div className="space-y-4">
      {section(
        "Votre organisme",
        0,
        <dl className="grid gap-x-4 sm:grid-cols-[auto_1fr]">
          {PROVIDER_FIELDS.map((field) => (
            <div key={field.key} className="contents">
              <dt className="font-bold">{field.label}</dt>
              <dd>{draft.provider[field.key]}</dd>
            </div>
          ))}
        </dl>,
      )}
      {section("Caf destinataire", 1, <p>{caf?.name}</p>)}
      {type === "STRUCTURES"
        ? section(
            `Structures (${draft.facilities.length + draft.newFacilities.length})`,
            2,
            <ul className="list-disc pl-5">
              {[
                ...draft.facilities.map((f) => ({ key: f.id, name: f.name, city: f.city, publish: f, isNew: false })),
                ...draft.newFacilities.map((f, index) => ({
                  key: `new-${index}`,
                  name: f.name,
                  city: f.communeName,
                  publish: f,
                  isNew: true,
                })),
              ].map((f) => (
                <li key={f.key}>
                  {f.name} — {f.city}
                  {f.isNew && " (absente du catalogue, à ajouter par la Caf)"} :{" "}
                  {[
                    f.publish.operatingInfo && "modalités de fonctionnement",
                    f.publish.availabilities && "disponibilités",
                  ]
                    .filter(Boolean)
                    .join(" et ")}
                </li>
              ))}
            </ul>,
          )
        : section(
            "Lieu d'information",
            2,
            <>
              <p>{draft.infoPointName}</p>
              <p className="mt-2">
                Communes couvertes ({draft.communes.length}) : {draft.communes.map((c) => c.name).join(", ")}
              </p>
            </>,
          )}
      {section(
        `Personnes à habiliter (${draft.people.length})`,
        3,
        <ul className="list-disc pl-5">
          {draft.people.map((p) => (
            <li key={p.email}>
              {p.firstName} {p.lastName} — {p.jobTitle} — {p.email}
            </li>
          ))}
        </ul>,
      )}
      <div>
        <div className="flex items-start gap-2">
          <input
            id="certified"
            type="checkbox"
            className="mt-0.5"
            checked={draft.certified}
            aria-invalid={certifiedError ? true : undefined}
            aria-describedby={certifiedError ? "certified-error" : undefined}
            onChange={(event) => onCertify(event.target.checked)}
          />
          <label htmlFor="certified">
            Je certifie l'exactitude de ces informations et j'ai qualité pour demander cette habilitation au nom de
            l'organisme. Une fois envoyée, la demande ne se modifie que si la Caf vous demande des compléments.
          </label>
        </div>
        {certifiedError && (
          <span id="certified-error" className="field-error">
            {certifiedError}
          </span>
        )}
      </div>
    </div>
  );
}
