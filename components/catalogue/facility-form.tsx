"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { useSearch } from "@/components/habilitation/use-search";
import { submitWithoutReset } from "@/components/forms/submit-without-reset";
import type { CommuneEntry } from "@/lib/territory/search-communes";

export type FacilityFormValues = Record<
  | "externalId"
  | "kind"
  | "name"
  | "street"
  | "postcode"
  | "communeInsee"
  | "managerName"
  | "contactEmail"
  | "contactPhone"
  | "website"
  | "capacity"
  | "latitude"
  | "longitude"
  | "cafId",
  string
>;

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  initial: FacilityFormValues;
  kinds: { value: string; label: string }[];
  // Only for the Cnaf, which picks the Caf of a new entry; an agent's Caf is always their own.
  cafs?: { id: string; label: string; departementCode: string }[];
  departementCode?: string;
  submitLabel: string;
};

function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: (describedBy: string | undefined) => React.ReactNode;
}) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {children(describedBy)}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** Creation and edition of a catalogue entry; the commune is chosen among the official communes of the postcode. */
export function FacilityForm({ action, initial, kinds, cafs, departementCode, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const values = { ...initial, ...state.values };
  const errors = state.fieldErrors ?? {};
  const [postcode, setPostcode] = useState(values.postcode);
  const [cafId, setCafId] = useState(values.cafId);
  const departement = cafs ? cafs.find((caf) => caf.id === cafId)?.departementCode : departementCode;
  const communes = useSearch<{ communes: CommuneEntry[] }>(
    /^\d{5}$/.test(postcode) ? `/api/communes?q=${postcode}${departement ? `&departement=${departement}` : ""}` : null,
    150,
  );
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "idle") messageRef.current?.focus();
  }, [state]);

  const text = (
    name: keyof FacilityFormValues,
    label: string,
    options: { required?: boolean; type?: string; hint?: string; autoComplete?: string } = {},
  ) => (
    <Field
      id={name}
      label={`${label}${options.required ? " (obligatoire)" : ""}`}
      error={errors[name]}
      hint={options.hint}
    >
      {(describedBy) => (
        <input
          id={name}
          name={name}
          type={options.type ?? "text"}
          defaultValue={values[name]}
          required={options.required}
          autoComplete={options.autoComplete ?? "off"}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={describedBy}
          className="field-input"
        />
      )}
    </Field>
  );

  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="space-y-4" noValidate>
      {state.status !== "idle" && (
        <div
          ref={messageRef}
          tabIndex={-1}
          role={state.status === "error" ? "alert" : "status"}
          className={state.status === "error" ? "notice-error" : "notice-success"}
        >
          <p className="font-bold">{state.message}</p>
          {state.status === "error" && Object.keys(errors).length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {Object.entries(errors).map(([field, message]) => (
                <li key={field}>
                  <a href={`#${field}`}>{message}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {cafs && (
        <Field id="cafId" label="Caf (obligatoire)" error={errors.cafId}>
          {(describedBy) => (
            <select
              id="cafId"
              name="cafId"
              value={cafId}
              onChange={(event) => setCafId(event.target.value)}
              aria-describedby={describedBy}
              className="field-input"
            >
              <option value="">Choisir une Caf</option>
              {cafs.map((caf) => (
                <option key={caf.id} value={caf.id}>
                  {caf.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field id="kind" label="Type de structure (obligatoire)" error={errors.kind}>
        {(describedBy) => (
          <select
            id="kind"
            name="kind"
            defaultValue={values.kind}
            aria-invalid={errors.kind ? true : undefined}
            aria-describedby={describedBy}
            className="field-input"
          >
            <option value="">Choisir un type</option>
            {kinds.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text("name", "Nom", { required: true })}
      {text("externalId", "Identifiant dans le système de la Caf", {
        hint: "Facultatif. Clé des imports CSV : un fichier qui reprend cet identifiant met à jour cette fiche.",
      })}
      {text("street", "Adresse (numéro et voie)", { required: true })}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="postcode" label="Code postal (obligatoire)" error={errors.postcode}>
          {(describedBy) => (
            <input
              type="text"
              id="postcode"
              name="postcode"
              inputMode="numeric"
              maxLength={5}
              value={postcode}
              onChange={(event) => setPostcode(event.target.value.trim())}
              aria-invalid={errors.postcode ? true : undefined}
              aria-describedby={describedBy}
              autoComplete="off"
              className="field-input"
            />
          )}
        </Field>
        <Field
          id="communeInsee"
          label="Commune (obligatoire)"
          error={errors.communeInsee}
          hint="Communes de la liste officielle pour ce code postal"
        >
          {(describedBy) => (
            <select
              id="communeInsee"
              name="communeInsee"
              key={communes.data ? postcode : "none"}
              defaultValue={values.communeInsee}
              aria-invalid={errors.communeInsee ? true : undefined}
              aria-describedby={describedBy}
              className="field-input"
            >
              {!communes.data && values.communeInsee && (
                <option value={values.communeInsee}>Code INSEE {values.communeInsee}</option>
              )}
              <option value="">{communes.loading ? "Recherche des communes…" : "Choisir une commune"}</option>
              {communes.data?.communes.map((commune) => (
                <option key={commune.inseeCode} value={commune.inseeCode}>
                  {commune.name} ({commune.inseeCode})
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {text("managerName", "Gestionnaire")}
      <div className="grid gap-4 sm:grid-cols-2">
        {text("contactEmail", "Courriel de contact", { type: "email" })}
        {text("contactPhone", "Téléphone de contact", { type: "tel" })}
      </div>
      {text("website", "Site web", { type: "url", hint: "Adresse complète, par exemple https://www.exemple.fr" })}
      {text("capacity", "Capacité (nombre de places)", { hint: "Nombre entier" })}
      <fieldset className="space-y-2">
        <legend className="field-label">Position précise (facultatif)</legend>
        <p className="field-hint">
          En degrés décimaux, par exemple 44,1339 et 0,3470. Sans position, la structure est placée au centre de sa
          commune pour les recherches des familles autour d'un lieu.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("latitude", "Latitude", { hint: "Entre 41 et 51 en métropole" })}
          {text("longitude", "Longitude", { hint: "Entre -5 et 10 en métropole" })}
        </div>
      </fieldset>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Enregistrement…" : submitLabel}
      </button>
    </form>
  );
}
