"use client";

import { useRef } from "react";
import { TextField } from "@/components/forms/text-field";
import type { PersonInput } from "@/lib/conventions/annex-schema";

const PERSON_FIELDS: { key: keyof PersonInput; label: string; type?: string; autoComplete?: string }[] = [
  { key: "firstName", label: "Prénom", autoComplete: "off" },
  { key: "lastName", label: "Nom", autoComplete: "off" },
  { key: "email", label: "Adresse électronique professionnelle", type: "email", autoComplete: "off" },
  { key: "jobTitle", label: "Fonction", autoComplete: "off" },
];

type PeopleStepProps = {
  people: PersonInput[];
  errors: Record<string, string>;
  onChange: (people: PersonInput[]) => void;
  // Error paths and input ids start with it ("people.2.email" ↔ #people-2-email).
  fieldPrefix?: string;
  minimum?: number;
};

export function PeopleStep({ people, errors, onChange, fieldPrefix = "people", minimum = 1 }: PeopleStepProps) {
  const listRef = useRef<HTMLOListElement>(null);

  function add() {
    onChange([...people, { firstName: "", lastName: "", email: "", jobTitle: "" }]);
    // Keyboard users continue in the new block.
    requestAnimationFrame(() => document.getElementById(`${fieldPrefix}-${people.length}-firstName`)?.focus());
  }

  function remove(index: number) {
    onChange(people.filter((_, i) => i !== index));
    requestAnimationFrame(() => document.getElementById(`${fieldPrefix}-${Math.max(index - 1, 0)}-firstName`)?.focus());
  }

  return (
    <div className="space-y-6">
      <p>
        Chaque personne reçoit un identifiant personnel et un mot de passe à son adresse électronique. L'habilitation
        est nominative : indiquez une adresse propre à chaque personne, jamais une adresse partagée.
      </p>
      {errors[fieldPrefix] && <p className="field-error">{errors[fieldPrefix]}</p>}
      <ol ref={listRef} className="space-y-6">
        {people.map((person, index) => (
          <li key={index}>
            <fieldset className="card space-y-4">
              <legend className="px-1 font-bold">
                {fieldPrefix === "people" ? "Personne" : "Nouvelle personne"} {index + 1}
              </legend>
              <div className="grid gap-4 md:grid-cols-2">
                {PERSON_FIELDS.map((field) => (
                  <TextField
                    key={field.key}
                    id={`${fieldPrefix}-${index}-${field.key}`}
                    label={field.label}
                    type={field.type ?? "text"}
                    autoComplete={field.autoComplete}
                    value={person[field.key]}
                    error={errors[`${fieldPrefix}.${index}.${field.key}`]}
                    onValueChange={(value) =>
                      onChange(people.map((p, i) => (i === index ? { ...p, [field.key]: value } : p)))
                    }
                  />
                ))}
              </div>
              {people.length > minimum && (
                <button type="button" className="btn-secondary" onClick={() => remove(index)}>
                  Retirer la personne {index + 1}
                </button>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" className="btn-secondary" onClick={add}>
        Ajouter une personne
      </button>
    </div>
  );
}
