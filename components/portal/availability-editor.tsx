"use client";

import { useRef, useState } from "react";
import type { PayloadActionResult } from "@/lib/forms/run-payload-action";
import { ErrorSummary } from "@/components/forms/error-summary";
import { usePayloadAction } from "@/components/forms/use-payload-action";
import {
  CARE_TYPES,
  CARE_TYPE_LABELS,
  MAX_MONTHS_AHEAD,
  MAX_SLOTS,
  MIN_DAYS_AHEAD,
  WEEKDAY_LABELS,
  availabilitySetSchema,
  earliestStartDay,
  latestDay,
} from "@/lib/availability/availability-schema";
import type { SlotView } from "@/lib/availability/slot-view";

type Row = {
  startDate: string;
  endDate: string;
  minAgeMonths: string;
  maxAgeMonths: string;
  careType: string;
  weekdays: number[];
  startTime: string;
  endTime: string;
  places: string;
};
type TextKey = Exclude<keyof Row, "weekdays" | "careType">;

const emptyRow = (earliest: string): Row => ({
  startDate: earliest,
  endDate: "",
  minAgeMonths: "",
  maxAgeMonths: "",
  careType: "REGULAR",
  weekdays: [1, 2, 3, 4, 5],
  startTime: "08:00",
  endTime: "18:00",
  places: "1",
});
const number = (value: string) => (value.trim() === "" ? null : Number(value));

// Republishing every week is the rule: rows keep their content, start dates already passed move to the first allowed day.
function rowsFrom(slots: SlotView[], earliest: string): Row[] {
  return slots.map((slot) => ({
    ...slot,
    startDate: slot.startDate < earliest ? earliest : slot.startDate,
    endDate: slot.endDate ?? "",
    minAgeMonths: String(slot.minAgeMonths),
    maxAgeMonths: String(slot.maxAgeMonths),
    places: String(slot.places),
  }));
}

function toPayload(noPlaceAvailable: boolean, rows: Row[]) {
  return {
    noPlaceAvailable,
    slots: noPlaceAvailable
      ? []
      : rows.map((row) => ({
          ...row,
          endDate: row.endDate || null,
          minAgeMonths: number(row.minAgeMonths),
          maxAgeMonths: number(row.maxAgeMonths),
          places: number(row.places),
        })),
  };
}

const FIELDS: { key: TextKey; label: string; type: string; hint?: string }[] = [
  {
    key: "startDate",
    label: "Disponible à partir du",
    type: "date",
    hint: `${MIN_DAYS_AHEAD} jours à l'avance au minimum, ${MAX_MONTHS_AHEAD} mois au maximum`,
  },
  {
    key: "endDate",
    label: "Jusqu'au (facultatif)",
    type: "date",
    hint: `${MAX_MONTHS_AHEAD} mois à l'avance au maximum`,
  },
  { key: "minAgeMonths", label: "Âge minimum (en mois)", type: "number" },
  { key: "maxAgeMonths", label: "Âge maximum (en mois)", type: "number" },
  { key: "startTime", label: "Heure de début", type: "time" },
  { key: "endTime", label: "Heure de fin", type: "time" },
  { key: "places", label: "Nombre de places", type: "number" },
];

export function AvailabilityEditor({
  facilityId,
  initial,
  submitAction,
}: {
  facilityId: string;
  initial: { noPlaceAvailable: boolean; slots: SlotView[] } | null;
  submitAction: (facilityId: string, payload: unknown) => Promise<PayloadActionResult>;
}) {
  const earliest = earliestStartDay();
  const latest = latestDay();
  const [noPlace, setNoPlace] = useState(initial?.noPlaceAvailable ?? false);
  const [rows, setRows] = useState<Row[]>(() =>
    initial && initial.slots.length > 0 ? rowsFrom(initial.slots, earliest) : [emptyRow(earliest)],
  );
  const { errors, setErrors, message, success, successRef, pending, submit } = usePayloadAction({
    action: (payload) => submitAction(facilityId, payload),
    schema: availabilitySetSchema,
    invalidMessage: "Les disponibilités contiennent des erreurs.",
  });
  const rowHeadingRefs = useRef<(HTMLLegendElement | null)[]>([]);

  const update = (index: number, patch: Partial<Row>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const toggleDay = (index: number, day: number) =>
    setRows((current) =>
      current.map((row, i) =>
        i === index
          ? {
              ...row,
              weekdays: row.weekdays.includes(day)
                ? row.weekdays.filter((d) => d !== day)
                : [...row.weekdays, day].sort((a, b) => a - b),
            }
          : row,
      ),
    );

  function addRow() {
    setRows((current) => [...current, emptyRow(earliest)]);
    requestAnimationFrame(() => rowHeadingRefs.current[rows.length]?.parentElement?.querySelector("input")?.focus());
  }

  function removeRow(index: number) {
    setRows((current) => current.filter((_, i) => i !== index));
    setErrors({});
  }

  // The summary names the row of each error; each field shows its own message.
  const summary = Object.fromEntries(
    Object.entries(errors).map(([path, error]) => {
      const row = /^slots\.(\d+)\./.exec(path);
      return [path, row ? `Ligne ${Number(row[1]) + 1} — ${error}` : error];
    }),
  );
  const fieldError = (index: number, key: string) => errors[`slots.${index}.${key}`];

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit(toPayload(noPlace, rows));
      }}
      noValidate
      className="space-y-6"
    >
      <ErrorSummary errors={summary} message={message} />
      {success && (
        <p ref={successRef} tabIndex={-1} role="status" className="notice-success">
          {success}
        </p>
      )}
      <div className="flex items-center gap-2">
        <input
          id="noPlaceAvailable"
          type="checkbox"
          checked={noPlace}
          onChange={(event) => setNoPlace(event.target.checked)}
        />
        <label htmlFor="noPlaceAvailable">Aucune place disponible</label>
      </div>
      {!noPlace && (
        <>
          {rows.map((row, index) => (
            <fieldset key={index} className="card space-y-4">
              <legend
                ref={(element) => {
                  rowHeadingRefs.current[index] = element;
                }}
                className="px-1 text-lg font-bold"
              >
                Disponibilité {index + 1}
              </legend>
              <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
                {FIELDS.map((field) => {
                  const id = `slots-${index}-${field.key}`;
                  const error = fieldError(index, field.key);
                  const describedBy =
                    [field.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
                  return (
                    <div key={field.key}>
                      <label htmlFor={id} className="field-label">
                        {field.label}
                      </label>
                      {field.hint && (
                        <span id={`${id}-hint`} className="field-hint">
                          {field.hint}
                        </span>
                      )}
                      <input
                        id={id}
                        type={field.type}
                        value={row[field.key]}
                        min={
                          field.key === "startDate"
                            ? earliest
                            : field.type === "number"
                              ? field.key === "places"
                                ? 1
                                : 0
                              : undefined
                        }
                        max={field.type === "date" ? latest : undefined}
                        onChange={(event) => update(index, { [field.key]: event.target.value })}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={describedBy}
                        className={`field-input ${error ? "border-erreur" : ""}`}
                      />
                      {error && (
                        <span id={`${id}-error`} className="field-error">
                          {error}
                        </span>
                      )}
                    </div>
                  );
                })}
                <div>
                  <label htmlFor={`slots-${index}-careType`} className="field-label">
                    Type d'accueil
                  </label>
                  <select
                    id={`slots-${index}-careType`}
                    value={row.careType}
                    onChange={(event) => update(index, { careType: event.target.value })}
                    className="field-input"
                    aria-invalid={fieldError(index, "careType") ? true : undefined}
                    aria-describedby={fieldError(index, "careType") ? `slots-${index}-careType-error` : undefined}
                  >
                    {CARE_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {CARE_TYPE_LABELS[type]}
                      </option>
                    ))}
                  </select>
                  {fieldError(index, "careType") && (
                    <span id={`slots-${index}-careType-error`} className="field-error">
                      {fieldError(index, "careType")}
                    </span>
                  )}
                </div>
              </div>
              <fieldset aria-describedby={fieldError(index, "weekdays") ? `slots-${index}-weekdays-error` : undefined}>
                <legend className="field-label">Jours d'accueil</legend>
                <div className="flex flex-wrap gap-4">
                  {WEEKDAY_LABELS.slice(1).map((label, dayIndex) => (
                    <div key={label} className="flex items-center gap-1">
                      <input
                        id={dayIndex === 0 ? `slots-${index}-weekdays` : `slots-${index}-weekdays-${dayIndex + 1}`}
                        type="checkbox"
                        checked={row.weekdays.includes(dayIndex + 1)}
                        onChange={() => toggleDay(index, dayIndex + 1)}
                      />
                      <label
                        htmlFor={dayIndex === 0 ? `slots-${index}-weekdays` : `slots-${index}-weekdays-${dayIndex + 1}`}
                      >
                        {label}
                      </label>
                    </div>
                  ))}
                </div>
                {fieldError(index, "weekdays") && (
                  <span id={`slots-${index}-weekdays-error`} className="field-error">
                    {fieldError(index, "weekdays")}
                  </span>
                )}
              </fieldset>
              {rows.length > 1 && (
                <button type="button" className="btn-secondary" onClick={() => removeRow(index)}>
                  Retirer la disponibilité {index + 1}
                </button>
              )}
            </fieldset>
          ))}
          {errors.slots && (
            <p id="slots" className="field-error">
              {errors.slots}
            </p>
          )}
          {rows.length < MAX_SLOTS && (
            <button type="button" className="btn-secondary" onClick={addRow}>
              Ajouter une disponibilité
            </button>
          )}
        </>
      )}
      <div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Publication…" : "Publier les disponibilités"}
        </button>
        <p className="mt-2 text-sm text-texte-mention">
          La publication remplace l'ensemble des disponibilités actuelles et est visible des familles immédiatement.
        </p>
      </div>
    </form>
  );
}
