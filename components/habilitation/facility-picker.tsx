"use client";

import { useEffect, useRef, useState } from "react";
import type { CatalogueEntry } from "@/lib/catalogue/search-catalogue";
import type { CafOption } from "@/lib/habilitation/list-caf-options";
import { useSearch } from "@/components/habilitation/use-search";
import { useFocusAfterRemoval } from "@/components/habilitation/use-focus-after-removal";

export type SelectedFacility = Pick<CatalogueEntry, "id" | "name" | "kindLabel" | "isEaje" | "city"> & {
  operatingInfo: boolean;
  availabilities: boolean;
};

type CatalogueAnswer = { total: number; entries: CatalogueEntry[] };
type CatalogueSearch = { query: string; eajeOnly: boolean };

const countOf = (count: number) => `${count} structure${count > 1 ? "s" : ""} choisie${count > 1 ? "s" : ""}`;

/** The search kept in storage; a field missing or of another type falls back to the empty search's. */
function keptSearchOf(stored: string | null): CatalogueSearch {
  const kept: unknown = JSON.parse(stored ?? "{}");
  const { query, eajeOnly }: Partial<Record<keyof CatalogueSearch, unknown>> =
    typeof kept === "object" && kept !== null ? kept : {};
  return { query: typeof query === "string" ? query : "", eajeOnly: typeof eajeOnly === "boolean" && eajeOnly };
}

// The search survives leaving the step and coming back (this tab only): the person finds the results
// they were going through instead of the whole catalogue.
function useKeptSearch(departementCode: string) {
  const key = `monenfant:recherche-catalogue:${departementCode}`;
  const [search, setSearch] = useState<CatalogueSearch>(() => {
    try {
      return keptSearchOf(window.sessionStorage.getItem(key));
    } catch {
      return { query: "", eajeOnly: false };
    }
  });
  useEffect(() => window.sessionStorage.setItem(key, JSON.stringify(search)), [key, search]);
  return [search, setSearch] as const;
}

export function FacilityPicker({
  caf,
  selected,
  error,
  onChange,
}: {
  caf: CafOption;
  selected: SelectedFacility[];
  error?: string;
  onChange: (list: SelectedFacility[]) => void;
}) {
  const [{ query, eajeOnly }, setSearch] = useKeptSearch(caf.departementCode);
  const [announcement, setAnnouncement] = useState("");
  const searchRef = useRef<HTMLInputElement>(null);
  // After «Ajouter», its button gives way to «Ajoutée»: the focus moves to the next «Ajouter».
  const addButtons = useRef(new Map<string, HTMLButtonElement>());
  const focusAfterAdding = useRef<string | null>(null);
  const removal = useFocusAfterRemoval(() => searchRef.current);
  useEffect(() => {
    if (focusAfterAdding.current === null) return;
    (addButtons.current.get(focusAfterAdding.current) ?? searchRef.current)?.focus();
    focusAfterAdding.current = null;
  });
  const url = `/api/catalogue/structures?departement=${caf.departementCode}&q=${encodeURIComponent(query)}${eajeOnly ? "&eaje=1" : ""}`;
  const { data, loading, failed } = useSearch<CatalogueAnswer>(url);
  const chosen = new Set(selected.map((f) => f.id));

  function add(entry: CatalogueEntry) {
    const addable = (data?.entries ?? []).filter((e) => e.id === entry.id || !chosen.has(e.id));
    const position = addable.findIndex((e) => e.id === entry.id);
    focusAfterAdding.current = (addable[position + 1] ?? addable[position - 1])?.id ?? "";
    setAnnouncement(`${entry.name} ajoutée : ${countOf(selected.length + 1)}.`);
    onChange([
      ...selected,
      {
        id: entry.id,
        name: entry.name,
        kindLabel: entry.kindLabel,
        isEaje: entry.isEaje,
        city: entry.city,
        operatingInfo: true,
        availabilities: entry.isEaje,
      },
    ]);
  }

  function remove(index: number) {
    const facility = selected[index];
    if (!facility) return;
    const rest = selected.filter((_, i) => i !== index);
    onChange(rest);
    removal.focusAfter(index, rest.length);
    setAnnouncement(`${facility.name} retirée : ${countOf(rest.length)}.`);
  }

  function toggle(id: string, key: "operatingInfo" | "availabilities", value: boolean) {
    onChange(selected.map((f) => (f.id === id ? { ...f, [key]: value } : f)));
  }

  return (
    <div className="space-y-8">
      <section aria-labelledby="catalogue-search-title" className="space-y-4">
        <h3 id="catalogue-search-title" className="text-lg font-bold">
          Rechercher dans le catalogue de la {caf.name}
        </h3>
        <div>
          <label htmlFor="catalogue-search" className="field-label">
            Nom de la structure, commune ou code postal
          </label>
          <input
            ref={searchRef}
            id="catalogue-search"
            type="search"
            className="field-input"
            value={query}
            onChange={(event) => setSearch({ query: event.target.value, eajeOnly })}
          />
        </div>
        <div className="flex items-center gap-2">
          <input
            id="eaje-only"
            type="checkbox"
            checked={eajeOnly}
            onChange={(event) => setSearch({ query, eajeOnly: event.target.checked })}
          />
          <label htmlFor="eaje-only">Seulement les établissements d'accueil du jeune enfant (EAJE)</label>
        </div>
        <p role="status" className="text-sm text-texte-mention">
          {loading
            ? "Recherche…"
            : failed
              ? "La recherche n'a pas abouti, réessayez."
              : data
                ? `${data.total} structure${data.total > 1 ? "s" : ""} trouvée${data.total > 1 ? "s" : ""}`
                : ""}
        </p>
        {data && data.entries.length > 0 && (
          <ul className="divide-y divide-gray-200 border border-gray-300" aria-label="Résultats de la recherche">
            {data.entries.map((entry) => (
              <li key={entry.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <span>
                  <strong>{entry.name}</strong> — {entry.kindLabel}
                  <br />
                  <span className="text-sm text-texte-mention">
                    {entry.street}, {entry.postcode} {entry.city}
                  </span>
                </span>
                {chosen.has(entry.id) ? (
                  // A state, not an action: text, not a greyed button.
                  <span className="px-4 py-2 font-bold text-succes">
                    <span aria-hidden="true">✓ </span>Ajoutée<span className="sr-only"> : {entry.name}</span>
                  </span>
                ) : (
                  <button
                    ref={(element) => {
                      if (element) addButtons.current.set(entry.id, element);
                      else addButtons.current.delete(entry.id);
                    }}
                    type="button"
                    className="btn-secondary"
                    onClick={() => add(entry)}
                  >
                    Ajouter<span className="sr-only"> {entry.name}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="border-l-4 border-bleu bg-bleu-clair p-3 text-sm">
          Votre structure n'apparaît pas ? Elle doit d'abord être référencée par votre Caf. Contactez la {caf.name} (
          {caf.email}
          {caf.phone ? `, ${caf.phone}` : ""}) pour la faire ajouter, puis reprenez cette demande : ce que vous avez
          saisi est conservé.
        </p>
      </section>

      <section aria-labelledby="selected-title" className="space-y-4">
        <h3 id="selected-title" className="text-lg font-bold">
          Structures choisies ({selected.length})
        </h3>
        <p role="status" className="sr-only">
          {announcement}
        </p>
        {error && (
          <p id="facilities" tabIndex={-1} className="field-error">
            {error}
          </p>
        )}
        {selected.length === 0 ? (
          <p>Aucune structure choisie pour l'instant.</p>
        ) : (
          <ul className="space-y-3">
            {selected.map((facility, index) => (
              <li key={facility.id} className="card">
                <fieldset>
                  <legend className="font-bold">
                    {facility.name}{" "}
                    <span className="font-normal text-texte-mention">
                      — {facility.kindLabel}, {facility.city}
                    </span>
                  </legend>
                  <div className="mt-2 flex flex-wrap gap-6">
                    <span className="flex items-center gap-2">
                      <input
                        id={`op-${facility.id}`}
                        type="checkbox"
                        checked={facility.operatingInfo}
                        onChange={(e) => toggle(facility.id, "operatingInfo", e.target.checked)}
                      />
                      <label htmlFor={`op-${facility.id}`}>Modalités de fonctionnement</label>
                    </span>
                    <span className="flex items-center gap-2">
                      <input
                        id={`av-${facility.id}`}
                        type="checkbox"
                        disabled={!facility.isEaje}
                        checked={facility.availabilities}
                        aria-describedby={facility.isEaje ? undefined : `av-${facility.id}-hint`}
                        onChange={(e) => toggle(facility.id, "availabilities", e.target.checked)}
                      />
                      <label htmlFor={`av-${facility.id}`}>Disponibilités</label>
                      {!facility.isEaje && (
                        <span id={`av-${facility.id}-hint`} className="text-sm text-texte-mention">
                          (EAJE uniquement)
                        </span>
                      )}
                    </span>
                    <button ref={removal.ref(index)} type="button" className="underline" onClick={() => remove(index)}>
                      Retirer<span className="sr-only"> {facility.name}</span>
                    </button>
                  </div>
                </fieldset>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
