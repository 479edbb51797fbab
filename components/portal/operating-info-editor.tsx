"use client";

import { useState } from "react";
import type { PayloadActionResult } from "@/lib/forms/run-payload-action";
import { ErrorSummary } from "@/components/forms/error-summary";
import { usePayloadAction } from "@/components/forms/use-payload-action";
import { WEEKDAY_LABELS } from "@/lib/availability/availability-schema";
import {
  OPERATING_INFO_FIELDS,
  operatingInfoSchema,
  type OperatingInfo,
} from "@/lib/operating-info/operating-info-schema";

type Draft = { openingDays: number[] } & Record<string, string | number[]>;

function draftFrom(content: Partial<OperatingInfo> | null): Draft {
  const draft: Draft = { openingDays: content?.openingDays ?? [1, 2, 3, 4, 5] };
  for (const { key } of OPERATING_INFO_FIELDS)
    if (key !== "openingDays") draft[key] = content?.[key] == null ? "" : String(content[key]);
  return draft;
}

function toPayload(draft: Draft) {
  const payload: Record<string, unknown> = {};
  for (const { key, kind } of OPERATING_INFO_FIELDS) {
    const value = draft[key];
    payload[key] = kind === "number" ? (String(value).trim() === "" ? null : Number(value)) : value;
  }
  return payload;
}

const INPUT_TYPES: Record<string, string> = {
  time: "time",
  number: "number",
  email: "email",
  tel: "tel",
  url: "url",
  text: "text",
};

/** Edits every field at once; the submission goes to the Caf for validation, nothing is published directly. */
export function OperatingInfoEditor({
  facilityId,
  initial,
  submitAction,
}: {
  facilityId: string;
  initial: Partial<OperatingInfo> | null;
  submitAction: (facilityId: string, payload: unknown) => Promise<PayloadActionResult>;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftFrom(initial));
  const { errors, message, success, successRef, pending, submit } = usePayloadAction({
    action: (payload) => submitAction(facilityId, payload),
    schema: operatingInfoSchema,
    invalidMessage: "Le formulaire contient des erreurs.",
    // Each field shows one message, whatever part of its value is wrong.
    fieldOf: (path) => path.split(".")[0] || "_form",
  });

  const toggleDay = (day: number) =>
    setDraft((current) => ({
      ...current,
      openingDays: current.openingDays.includes(day)
        ? current.openingDays.filter((d) => d !== day)
        : [...current.openingDays, day].sort((a, b) => a - b),
    }));

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit(toPayload(draft));
      }}
      noValidate
      className="space-y-4"
    >
      <ErrorSummary errors={errors} message={message} />
      {success && (
        <p ref={successRef} tabIndex={-1} role="status" className="notice-success">
          {success}
        </p>
      )}
      {OPERATING_INFO_FIELDS.map(({ key, label, kind, hint, required }) => {
        const error = errors[key];
        const fullLabel = `${label}${required ? " (obligatoire)" : ""}`;
        const describedBy = [hint && `${key}-hint`, error && `${key}-error`].filter(Boolean).join(" ") || undefined;
        if (kind === "weekdays") {
          return (
            <fieldset key={key} aria-describedby={error ? `${key}-error` : undefined}>
              <legend className="field-label">{fullLabel}</legend>
              <div className="flex flex-wrap gap-4">
                {WEEKDAY_LABELS.slice(1).map((dayLabel, index) => (
                  <div key={dayLabel} className="flex items-center gap-1">
                    <input
                      id={index === 0 ? key : `${key}-${index + 1}`}
                      type="checkbox"
                      checked={draft.openingDays.includes(index + 1)}
                      onChange={() => toggleDay(index + 1)}
                    />
                    <label htmlFor={index === 0 ? key : `${key}-${index + 1}`}>{dayLabel}</label>
                  </div>
                ))}
              </div>
              {error && (
                <span id={`${key}-error`} className="field-error">
                  {error}
                </span>
              )}
            </fieldset>
          );
        }
        const common = {
          id: key,
          value: String(draft[key]),
          "aria-invalid": error ? true : undefined,
          "aria-describedby": describedBy,
          className: `field-input ${error ? "border-erreur" : ""}`,
          onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
            setDraft((current) => ({ ...current, [key]: event.target.value })),
        };
        return (
          <div key={key}>
            <label htmlFor={key} className="field-label">
              {fullLabel}
            </label>
            {hint && (
              <span id={`${key}-hint`} className="field-hint">
                {hint}
              </span>
            )}
            {kind === "textarea" ? <textarea rows={3} {...common} /> : <input type={INPUT_TYPES[kind]} {...common} />}
            {error && (
              <span id={`${key}-error`} className="field-error">
                {error}
              </span>
            )}
          </div>
        );
      })}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Envoi…" : "Soumettre à la validation de la Caf"}
      </button>
    </form>
  );
}
