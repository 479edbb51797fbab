"use client";

import { useRef, useState } from "react";
import { CommuneCombobox, type Commune } from "@/components/commune-combobox";
import { useFocusAfterRemoval } from "@/components/habilitation/use-focus-after-removal";

export type SelectedCommune = Commune;

const countOf = (count: number) => `${count} commune${count > 1 ? "s" : ""} choisie${count > 1 ? "s" : ""}`;

/**
 * The communes an information point covers: each commune chosen in the combobox joins the list, and the
 * field stays focused for the next one; removing one moves the focus to the next «Retirer» (or back to the
 * field) and says so.
 */
export function CommunePicker({
  departementCode,
  selected,
  error,
  onChange,
}: {
  departementCode: string;
  selected: SelectedCommune[];
  error?: string;
  onChange: (list: SelectedCommune[]) => void;
}) {
  const [announcement, setAnnouncement] = useState("");
  const fieldRef = useRef<HTMLDivElement>(null);
  const removal = useFocusAfterRemoval(() => fieldRef.current?.querySelector("input"));

  function add(commune: Commune | null): string | undefined {
    if (!commune) return;
    if (selected.some((c) => c.inseeCode === commune.inseeCode))
      return `${commune.name} est déjà dans la liste : ${countOf(selected.length)}.`;
    onChange([...selected, { inseeCode: commune.inseeCode, name: commune.name, postcodes: commune.postcodes }]);
    return `${commune.name} ajoutée : ${countOf(selected.length + 1)}.`;
  }

  function remove(index: number) {
    const commune = selected[index];
    if (!commune) return;
    const rest = selected.filter((_, i) => i !== index);
    onChange(rest);
    removal.focusAfter(index, rest.length);
    setAnnouncement(`${commune.name} retirée : ${countOf(rest.length)}.`);
  }

  return (
    <div className="space-y-6">
      <section aria-labelledby="commune-search-title" className="space-y-3">
        <h3 id="commune-search-title" className="text-lg font-bold">
          Communes couvertes par le lieu d'information
        </h3>
        <div ref={fieldRef}>
          <CommuneCombobox
            id="commune-search"
            label="Nom ou code postal de la commune"
            hint="Au moins 2 caractères, puis choisissez dans la liste : chaque commune choisie s'ajoute aux communes couvertes."
            departementCode={departementCode}
            clearOnChoose
            onChoose={add}
          />
        </div>
      </section>
      <section aria-labelledby="selected-communes-title">
        <h3 id="selected-communes-title" className="text-lg font-bold">
          Communes choisies ({selected.length})
        </h3>
        <p role="status" className="sr-only">
          {announcement}
        </p>
        {error && (
          <p id="communes" tabIndex={-1} className="field-error">
            {error}
          </p>
        )}
        <ul className="mt-2 flex flex-wrap gap-2">
          {selected.map((commune, index) => (
            <li key={commune.inseeCode} className="flex items-center gap-2 border border-gray-300 px-2 py-1">
              {commune.name}
              <button
                ref={removal.ref(index)}
                type="button"
                className="min-h-6 underline"
                onClick={() => remove(index)}
              >
                Retirer<span className="sr-only"> {commune.name}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
