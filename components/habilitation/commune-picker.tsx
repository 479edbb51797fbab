"use client";

import { useState } from "react";
import type { CommuneEntry } from "@/lib/territory/search-communes";
import { useSearch } from "@/components/habilitation/use-search";

export type SelectedCommune = Pick<CommuneEntry, "inseeCode" | "name" | "postcodes">;

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
  const [query, setQuery] = useState("");
  const url =
    query.trim().length >= 2 ? `/api/communes?departement=${departementCode}&q=${encodeURIComponent(query)}` : null;
  const { data, loading } = useSearch<{ communes: CommuneEntry[] }>(url);
  const chosen = new Set(selected.map((c) => c.inseeCode));

  return (
    <div className="space-y-6">
      <section aria-labelledby="commune-search-title" className="space-y-3">
        <h3 id="commune-search-title" className="text-lg font-bold">
          Communes couvertes par le lieu d'information
        </h3>
        <div>
          <label htmlFor="commune-search" className="field-label">
            Nom ou code postal de la commune
          </label>
          <span id="commune-search-hint" className="field-hint">
            Au moins 2 caractères
          </span>
          <input
            id="commune-search"
            type="search"
            className="field-input"
            aria-describedby="commune-search-hint"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <p role="status" className="text-sm text-texte-mention">
          {loading
            ? "Recherche…"
            : data
              ? `${data.communes.length} commune${data.communes.length > 1 ? "s" : ""} trouvée${data.communes.length > 1 ? "s" : ""}`
              : ""}
        </p>
        {data && data.communes.length > 0 && (
          <ul className="divide-y divide-gray-200 border border-gray-300" aria-label="Communes trouvées">
            {data.communes.map((commune) => (
              <li key={commune.inseeCode} className="flex items-center justify-between gap-2 p-3">
                <span>
                  {commune.name} <span className="text-sm text-texte-mention">({commune.postcodes.join(", ")})</span>
                </span>
                <button
                  type="button"
                  className="btn-secondary"
                  disabled={chosen.has(commune.inseeCode)}
                  onClick={() =>
                    onChange([
                      ...selected,
                      { inseeCode: commune.inseeCode, name: commune.name, postcodes: commune.postcodes },
                    ])
                  }
                >
                  {chosen.has(commune.inseeCode) ? "Ajoutée" : "Ajouter"}
                  <span className="sr-only"> {commune.name}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="selected-communes-title">
        <h3 id="selected-communes-title" className="text-lg font-bold">
          Communes choisies ({selected.length})
        </h3>
        {error && (
          <p id="communes" tabIndex={-1} className="field-error">
            {error}
          </p>
        )}
        <ul className="mt-2 flex flex-wrap gap-2">
          {selected.map((commune) => (
            <li key={commune.inseeCode} className="flex items-center gap-2 border border-gray-300 px-2 py-1">
              {commune.name}
              <button
                type="button"
                className="underline"
                onClick={() => onChange(selected.filter((c) => c.inseeCode !== commune.inseeCode))}
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
