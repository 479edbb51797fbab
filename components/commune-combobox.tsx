"use client";

import { useEffect, useRef } from "react";
import { attachCommuneCombobox, comboboxIds, communeLabel, type Commune } from "@/public/scripts/commune-combobox.js";

export { communeLabel, type Commune };

type FieldProps = {
  id: string;
  label: string;
  hint: string;
  /** The form field name, for forms that post without JavaScript. */
  name?: string;
  defaultValue?: string;
  error?: string;
};

/**
 * The markup of a commune combobox, as public/scripts/commune-combobox.js expects it. Without JavaScript
 * (the families' search page renders it on the server only) it is a plain text field.
 */
export function CommuneComboboxField({
  id,
  label,
  hint,
  name,
  defaultValue,
  error,
  inputRef,
}: FieldProps & { inputRef?: React.Ref<HTMLInputElement> }) {
  const ids = comboboxIds(id);
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <span id={`${id}-hint`} className="field-hint">
        {hint}
      </span>
      <input
        ref={inputRef}
        id={id}
        name={name}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded="false"
        aria-controls={ids.listbox}
        autoComplete="off"
        aria-describedby={[`${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ")}
        aria-invalid={error ? true : undefined}
        className={`field-input ${error ? "border-erreur" : ""}`}
        defaultValue={defaultValue}
      />
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
      <p id={ids.status} role="status" className="mt-1 text-sm text-texte-mention" />
      {/* In the flow of the page: it covers nothing, and closing it on a click elsewhere moves nothing under the pointer. */}
      <ul id={ids.listbox} role="listbox" aria-label="Communes proposées" hidden className="combobox-listbox" />
    </div>
  );
}

/**
 * A commune combobox in a React form: the field is not controlled by React (the shared script writes the
 * chosen commune into it); the form learns the choice through `onChoose`.
 */
export function CommuneCombobox({
  departementCode,
  onChoose,
  clearOnChoose = false,
  ...field
}: FieldProps & {
  departementCode?: string;
  // May return a text to announce instead of the default (see public/scripts/commune-combobox.js).
  onChoose: (commune: Commune | null) => unknown;
  clearOnChoose?: boolean;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  // The latest props, read by the script at each event without attaching it again.
  const latest = useRef({ departementCode, onChoose });
  useEffect(() => {
    latest.current = { departementCode, onChoose };
  });
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    const combobox = attachCommuneCombobox(input, {
      departement: () => latest.current.departementCode,
      onChoose: (commune) => latest.current.onChoose(commune),
      clearOnChoose,
    });
    return combobox.destroy;
  }, [clearOnChoose]);
  return <CommuneComboboxField {...field} inputRef={inputRef} />;
}
