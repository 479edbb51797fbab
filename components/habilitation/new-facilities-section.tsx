"use client";

import type { CommuneEntry } from "@/lib/territory/search-communes";
import type { FacilityKind } from "@/lib/generated/prisma/enums";
import { FACILITY_KIND_LABELS, isEajeKind } from "@/lib/catalogue/facility-kinds";
import { TextField } from "@/components/forms/text-field";
import { useSearch } from "@/components/habilitation/use-search";

export type NewFacilityDraft = {
  kind: FacilityKind | "";
  name: string;
  street: string;
  postcode: string;
  communeInsee: string;
  communeName: string;
  operatingInfo: boolean;
  availabilities: boolean;
};

const emptyNewFacility = (): NewFacilityDraft => ({
  kind: "",
  name: "",
  street: "",
  postcode: "",
  communeInsee: "",
  communeName: "",
  operatingInfo: true,
  availabilities: false,
});

/**
 * Facilities the Caf's catalogue does not list yet: the requester describes them and the Caf adds
 * them while instructing the request, instead of the requester having to call and start again.
 */
export function NewFacilitiesSection({
  departementCode,
  facilities,
  errors,
  onChange,
}: {
  departementCode: string;
  facilities: NewFacilityDraft[];
  errors: Record<string, string>;
  onChange: (list: NewFacilityDraft[]) => void;
}) {
  const update = (index: number, patch: Partial<NewFacilityDraft>) =>
    onChange(facilities.map((facility, i) => (i === index ? { ...facility, ...patch } : facility)));
  return (
    <section aria-labelledby="hors-catalogue-title" className="space-y-4">
      <h3 id="hors-catalogue-title" className="text-lg font-bold">
        Structures absentes du catalogue
      </h3>
      <p>
        Une de vos structures n'apparaît pas dans la recherche ? Décrivez-la : la Caf l'ajoutera à son catalogue en
        instruisant votre demande.
      </p>
      {facilities.map((facility, index) => (
        <NewFacilityFields
          key={index}
          index={index}
          departementCode={departementCode}
          facility={facility}
          errors={errors}
          onChange={(patch) => update(index, patch)}
          onRemove={() => onChange(facilities.filter((_, i) => i !== index))}
        />
      ))}
      <button type="button" className="btn-secondary" onClick={() => onChange([...facilities, emptyNewFacility()])}>
        Ajouter une structure absente du catalogue
      </button>
    </section>
  );
}

function NewFacilityFields({
  index,
  departementCode,
  facility,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  departementCode: string;
  facility: NewFacilityDraft;
  errors: Record<string, string>;
  onChange: (patch: Partial<NewFacilityDraft>) => void;
  onRemove: () => void;
}) {
  const id = (field: string) => `newFacilities-${index}-${field}`;
  const error = (field: string) => errors[`newFacilities.${index}.${field}`];
  const url = /^\d{5}$/.test(facility.postcode)
    ? `/api/communes?departement=${departementCode}&q=${facility.postcode}`
    : null;
  const { data } = useSearch<{ communes: CommuneEntry[] }>(url, 0);
  const communes = data?.communes ?? [];
  const eaje = facility.kind !== "" && isEajeKind(facility.kind);
  return (
    <fieldset className="card space-y-4">
      <legend className="font-bold">Structure hors catalogue {index + 1}</legend>
      <div>
        <label htmlFor={id("kind")} className="field-label">
          Type de structure
        </label>
        <select
          id={id("kind")}
          className="field-input"
          value={facility.kind}
          aria-invalid={error("kind") ? true : undefined}
          aria-describedby={error("kind") ? `${id("kind")}-error` : undefined}
          onChange={(event) => {
            const kind = event.target.value as FacilityKind | "";
            onChange({ kind, availabilities: kind !== "" && isEajeKind(kind) && facility.availabilities });
          }}
        >
          <option value="">— Choisir —</option>
          {Object.entries(FACILITY_KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {error("kind") && (
          <span id={`${id("kind")}-error`} className="field-error">
            {error("kind")}
          </span>
        )}
      </div>
      <TextField
        id={id("name")}
        label="Nom de la structure"
        value={facility.name}
        error={error("name")}
        onValueChange={(name) => onChange({ name })}
      />
      <TextField
        id={id("street")}
        label="Adresse de la structure"
        hint="Numéro et voie"
        value={facility.street}
        error={error("street")}
        onValueChange={(street) => onChange({ street })}
      />
      <TextField
        id={id("postcode")}
        label="Code postal de la structure"
        inputMode="numeric"
        value={facility.postcode}
        error={error("postcode")}
        onValueChange={(postcode) => onChange({ postcode, communeInsee: "", communeName: "" })}
      />
      <div>
        <label htmlFor={id("communeInsee")} className="field-label">
          Commune de la structure
        </label>
        <span id={`${id("communeInsee")}-hint`} className="field-hint">
          Saisissez d'abord le code postal
        </span>
        <select
          id={id("communeInsee")}
          className="field-input"
          value={facility.communeInsee}
          aria-invalid={error("communeInsee") ? true : undefined}
          aria-describedby={`${id("communeInsee")}-hint${error("communeInsee") ? ` ${id("communeInsee")}-error` : ""}`}
          onChange={(event) =>
            onChange({
              communeInsee: event.target.value,
              communeName: communes.find((c) => c.inseeCode === event.target.value)?.name ?? "",
            })
          }
        >
          <option value="">— Choisir —</option>
          {facility.communeInsee && !communes.some((c) => c.inseeCode === facility.communeInsee) && (
            <option value={facility.communeInsee}>{facility.communeName}</option>
          )}
          {communes.map((commune) => (
            <option key={commune.inseeCode} value={commune.inseeCode}>
              {commune.name}
            </option>
          ))}
        </select>
        {error("communeInsee") && (
          <span id={`${id("communeInsee")}-error`} className="field-error">
            {error("communeInsee")}
          </span>
        )}
      </div>
      <fieldset>
        <legend className="field-label">Ce que vous voulez publier pour cette structure</legend>
        <div className="mt-1 flex items-center gap-2">
          <input
            id={id("operatingInfo")}
            type="checkbox"
            className="h-5 w-5"
            checked={facility.operatingInfo}
            onChange={(event) => onChange({ operatingInfo: event.target.checked })}
          />
          <label htmlFor={id("operatingInfo")}>Modalités de fonctionnement</label>
        </div>
        {eaje && (
          <div className="mt-1 flex items-center gap-2">
            <input
              id={id("availabilities")}
              type="checkbox"
              className="h-5 w-5"
              checked={facility.availabilities}
              onChange={(event) => onChange({ availabilities: event.target.checked })}
            />
            <label htmlFor={id("availabilities")}>Disponibilités (établissements d'accueil du jeune enfant)</label>
          </div>
        )}
        {(error("operatingInfo") || error("availabilities")) && (
          <span className="field-error">{error("operatingInfo") ?? error("availabilities")}</span>
        )}
      </fieldset>
      <button type="button" className="underline" onClick={onRemove}>
        Retirer cette structure<span className="sr-only"> hors catalogue {index + 1}</span>
      </button>
    </fieldset>
  );
}
