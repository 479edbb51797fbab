"use client";

import type { InputHTMLAttributes } from "react";

type TextFieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onValueChange: (value: string) => void;
  /** Ids of other elements that describe the field (a question it answers), read before its hint. */
  describedBy?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "value" | "onChange">;

/** Labelled input whose hint and error are announced with it (RGAA 11.1, 11.10). */
export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onValueChange,
  describedBy,
  type = "text",
  ...inputProps
}: TextFieldProps) {
  const descriptions =
    [describedBy, hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
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
      <input
        id={id}
        type={type}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={descriptions}
        className={`field-input ${error ? "border-erreur" : ""}`}
        {...inputProps}
      />
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
