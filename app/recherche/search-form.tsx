"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { CommuneEntry } from "@/lib/territory/search-communes";
import type { DepartementChoice } from "@/lib/search/list-departements";
// Zod-free imports only: this form is in every search page's JavaScript.
import { EAJE_TYPE, FACILITY_KIND_LABELS } from "@/lib/catalogue/facility-kinds";
import { MAX_AGE_MONTHS } from "@/lib/availability/age-limits";
import { useSearch } from "@/components/habilitation/use-search";
import { CommuneSuggestions, communeLabel } from "@/components/commune-suggestions";

type Values = { lieu?: string; commune?: string; departement?: string; type?: string; age?: string; places?: string };

/**
 * A plain GET form: without JavaScript it submits the typed commune name or postcode and the server
 * searches on it. With JavaScript, communes are suggested as the family types; choosing one sends its
 * INSEE code too, and empty fields are left out of the shareable URL.
 */
export function SearchForm({ initial, departements }: { initial: Values; departements: DepartementChoice[] }) {
  const router = useRouter();
  const lieuInput = useRef<HTMLInputElement>(null);
  const [lieu, setLieu] = useState(initial.lieu ?? "");
  const [commune, setCommune] = useState(initial.commune ?? "");
  const [departement, setDepartement] = useState(initial.departement ?? "");
  // Suggest only while the family types: not for the text of a search already made.
  const [typing, setTyping] = useState(false);
  const wanted = typing && !commune && lieu.trim().length >= 2;
  const { data, loading, failed } = useSearch<{ communes: CommuneEntry[] }>(
    wanted ? `/api/communes?q=${encodeURIComponent(lieu.trim())}${departement ? `&departement=${departement}` : ""}` : null,
  );
  const suggestions = wanted ? (data?.communes ?? []) : [];

  function choose(entry: CommuneEntry) {
    setLieu(communeLabel(entry));
    setCommune(entry.inseeCode);
    setTyping(false);
    lieuInput.current?.focus();
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) if (typeof value === "string" && value.trim()) params.append(key, value.trim());
    router.push(`/recherche?${params}`);
  }

  return (
    <form method="get" action="/recherche" role="search" aria-label="Rechercher un mode d'accueil" onSubmit={submit} className="card grid gap-6 md:grid-cols-2">
      <div className="md:col-span-2">
        <label htmlFor="lieu" className="field-label">Commune ou code postal</label>
        <span id="lieu-hint" className="field-hint">Par exemple « Nérac » ou « 47600 ». Des communes vous sont proposées dès 2 caractères.</span>
        <input
          ref={lieuInput} id="lieu" name="lieu" type="text" autoComplete="off" aria-describedby="lieu-hint lieu-suggestions-status" className="field-input" value={lieu}
          onChange={(event) => {
            setLieu(event.target.value);
            setCommune("");
            setTyping(true);
          }}
        />
        {commune && <input type="hidden" name="commune" value={commune} />}
        <p id="lieu-suggestions-status" role="status" className="mt-1 text-sm text-texte-mention">
          {!wanted ? "" : loading ? "Recherche des communes…" : failed ? "Les suggestions sont indisponibles : lancez la recherche avec le texte saisi." : data ? `${suggestions.length} commune${suggestions.length > 1 ? "s" : ""} proposée${suggestions.length > 1 ? "s" : ""}` : ""}
        </p>
        {suggestions.length > 0 && <CommuneSuggestions communes={suggestions} onChoose={choose} className="mt-1 max-h-72 overflow-y-auto" />}
      </div>
      <div>
        <label htmlFor="departement" className="field-label">Département</label>
        <select id="departement" name="departement" className="field-input" value={departement} onChange={(event) => setDepartement(event.target.value)}>
          <option value="">Tous les départements</option>
          {departements.map((d) => <option key={d.code} value={d.code}>{`${d.code} — ${d.name}`}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="type" className="field-label">Type de structure</label>
        <select id="type" name="type" className="field-input" defaultValue={initial.type ?? ""}>
          <option value="">Tous les types</option>
          <option value={EAJE_TYPE}>Toutes les crèches (EAJE, enfants de moins de 6 ans)</option>
          {Object.entries(FACILITY_KIND_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="age" className="field-label">Âge de votre enfant en mois (facultatif)</label>
        <span id="age-hint" className="field-hint">
          Son âge au début de l'accueil souhaité, de 0 à {MAX_AGE_MONTHS} mois : par exemple 18 pour un an et demi. Seules les crèches publient les âges
          qu'elles accueillent : ce critère ne s'applique qu'à elles, les autres structures restent affichées. Nous ne demandons pas de date de naissance
          pour qu'elle n'apparaisse pas dans l'adresse de la page.
        </span>
        <input id="age" name="age" type="number" inputMode="numeric" min={0} max={MAX_AGE_MONTHS} step={1} aria-describedby="age-hint" className="field-input" defaultValue={initial.age ?? ""} />
      </div>
      <div className="flex items-start gap-2 self-end">
        <input id="places" name="places" type="checkbox" value="1" className="mt-1 h-5 w-5" defaultChecked={initial.places === "1"} />
        <label htmlFor="places">Uniquement les crèches qui ont des places disponibles</label>
      </div>
      <div className="md:col-span-2">
        <button type="submit" className="btn-primary">Rechercher</button>
      </div>
    </form>
  );
}
