import { EAJE_TYPE, FACILITY_KIND_LABELS } from "@/lib/catalogue/facility-kinds";
import { MAX_AGE_MONTHS } from "@/lib/availability/age-limits";
import { CommuneComboboxField } from "@/components/commune-combobox";
import { CARE_TYPE_LABELS } from "@/lib/availability/availability-schema";
import { CARE_TYPE_PARAMS, DEFAULT_RADIUS_KM, SEARCH_RADII, type CareTypeParam } from "@/lib/search/search-query";

type Values = {
  lieu?: string;
  commune?: string;
  departement?: string;
  type?: string;
  age?: string;
  places?: string;
  rayon?: string;
  debut?: string;
  accueil?: string;
};

export const SEARCH_FORM_SCRIPT = "/scripts/search-form.js";

/**
 * A plain GET form, rendered on the server only: without JavaScript it submits the typed commune name or
 * postcode and the server searches on it. public/scripts/search-form.js adds the commune suggestions
 * (choosing one sends its INSEE code too) and leaves empty fields out of the shareable URL.
 */
export function SearchForm({ initial, departementOptions }: { initial: Values; departementOptions: string }) {
  return (
    <form
      id="search-form"
      method="get"
      action="/recherche"
      role="search"
      aria-label="Rechercher un mode d'accueil"
      className="card grid gap-6 md:grid-cols-2"
    >
      <div className="md:col-span-2">
        <CommuneComboboxField
          id="lieu"
          name="lieu"
          label="Commune ou code postal"
          hint="Par exemple « Nérac » ou « 47600 ». Des communes vous sont proposées dès 2 caractères."
          defaultValue={initial.lieu ?? ""}
        />
        {initial.commune && <input id="commune" type="hidden" name="commune" value={initial.commune} />}
      </div>
      <div>
        <label htmlFor="rayon" className="field-label">
          Dans un rayon de
        </label>
        <select
          id="rayon"
          name="rayon"
          className="field-input"
          defaultValue={initial.rayon ?? String(DEFAULT_RADIUS_KM)}
        >
          {SEARCH_RADII.map((km) => (
            <option key={km} value={km}>{`${km} km autour de la commune`}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="departement" className="field-label">
          Département
        </label>
        {/* Its options, the chosen one marked, come written (lib/search/departement-options.ts). */}
        <select
          id="departement"
          name="departement"
          className="field-input"
          dangerouslySetInnerHTML={{ __html: departementOptions }}
        />
      </div>
      <div>
        <label htmlFor="type" className="field-label">
          Type de structure
        </label>
        <select id="type" name="type" className="field-input" defaultValue={initial.type ?? ""}>
          <option value="">Tous les types</option>
          <option value={EAJE_TYPE}>Toutes les crèches (EAJE, enfants de moins de 6 ans)</option>
          {Object.entries(FACILITY_KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="age" className="field-label">
          Âge de votre enfant en mois (facultatif)
        </label>
        <span id="age-hint" className="field-hint">
          Son âge au début de l'accueil souhaité, de 0 à {MAX_AGE_MONTHS} mois : par exemple 18 pour un an et demi.
          Seules les crèches publient les âges qu'elles accueillent : ce critère ne s'applique qu'à elles, les autres
          structures restent affichées. Nous ne demandons pas de date de naissance pour qu'elle n'apparaisse pas dans
          l'adresse de la page.
        </span>
        <input
          id="age"
          name="age"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_AGE_MONTHS}
          step={1}
          aria-describedby="age-hint"
          className="field-input"
          defaultValue={initial.age ?? ""}
        />
      </div>
      <div>
        <label htmlFor="debut" className="field-label">
          Place à partir du (facultatif)
        </label>
        <span id="debut-hint" className="field-hint">
          Le premier jour d'accueil souhaité : seules les crèches qui ont une place ce jour-là sont affichées.
        </span>
        <input
          id="debut"
          name="debut"
          type="date"
          aria-describedby="debut-hint"
          className="field-input"
          defaultValue={initial.debut ?? ""}
        />
      </div>
      <div>
        <label htmlFor="accueil" className="field-label">
          Type d'accueil (facultatif)
        </label>
        <span id="accueil-hint" className="field-hint">
          Seules les crèches qui proposent des places pour cet accueil sont affichées.
        </span>
        <select
          id="accueil"
          name="accueil"
          aria-describedby="accueil-hint"
          className="field-input"
          defaultValue={initial.accueil ?? ""}
        >
          <option value="">Tous les types d'accueil</option>
          {(Object.entries(CARE_TYPE_PARAMS) as [CareTypeParam, keyof typeof CARE_TYPE_LABELS][]).map(
            ([param, careType]) => (
              <option key={param} value={param}>
                {CARE_TYPE_LABELS[careType]}
              </option>
            ),
          )}
        </select>
      </div>
      <div className="flex items-start gap-2 self-end">
        <input
          id="places"
          name="places"
          type="checkbox"
          value="1"
          className="mt-0.5"
          defaultChecked={initial.places === "1"}
        />
        <label htmlFor="places">Uniquement les crèches qui ont des places disponibles</label>
      </div>
      <div className="md:col-span-2">
        <button type="submit" className="btn-primary">
          Rechercher
        </button>
      </div>
      <script type="module" src={SEARCH_FORM_SCRIPT} async />
    </form>
  );
}
