import type { SearchPlace } from "@/lib/search/search-facilities";
import type { MapSettings, SearchPageProps } from "@/lib/family-pages/search-page-data";
import { searchParamsOf, type SearchQuery } from "@/lib/search/search-query";
import { Link } from "@/components/link";
import { Pagination } from "@/components/pagination";
import type { PlainHtmlPageView } from "@/components/plain-html-page";
import { SearchForm } from "@/components/search/search-form";
import { FacilityResult } from "@/components/search/facility-result";

const TITLE = "Rechercher un mode d'accueil";
const DESCRIPTION =
  "Trouvez une crèche, un relais petite enfance, un lieu d'accueil enfants-parents ou un accueil de loisirs près de chez vous, et ses places disponibles.";

// The title says what was searched, so that tabs, history and shared links are told apart (RGAA 8.6).
function titleOf(query: SearchQuery): string {
  const where = query.lieu ? `« ${query.lieu} »` : query.departement ? `département ${query.departement}` : null;
  if (!where) return TITLE;
  return `Recherche ${where}${query.page && query.page > 1 ? `, page ${query.page}` : ""} — ${TITLE}`;
}

/** ", à moins de 5 km de Nérac (47)" for a search around a place. */
function aroundText(place: SearchPlace | null): string {
  return place ? ` à moins de ${place.radiusKm} km de ${place.name} (${place.departementCode})` : "";
}

const definedOnly = (params: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined));

const MAP_SCRIPT = "/scripts/search-map.js";

/**
 * The map of this page's results, shown on demand: the button stays hidden without JavaScript (the map needs
 * it), and the script only downloads Leaflet when the button is pressed.
 */
function ResultsMap({ map }: { map: MapSettings }) {
  return (
    <div className="space-y-2">
      <button
        id="map-toggle"
        type="button"
        className="btn-secondary"
        hidden
        aria-expanded="false"
        aria-controls="results-map"
      >
        Voir sur la carte
      </button>
      <div
        id="results-map"
        role="region"
        aria-label="Carte des structures de cette page (la liste ci-dessous donne les mêmes informations)"
        hidden
        className="h-96 w-full border"
        data-tiles={map.url}
        data-attribution={map.attribution}
      />
      <script src={MAP_SCRIPT} async />
    </div>
  );
}

/**
 * The families' search (SPEC §1, issue 23), a plain HTML page (components/plain-html-page.tsx); its data come
 * from lib/family-pages/search-page-data.ts.
 */
export const searchPageView: PlainHtmlPageView<SearchPageProps> = ({ search, departementOptions, submitted, map }) => {
  const filters = searchParamsOf(search.query);
  return {
    head: (
      <>
        <title>{`${titleOf(search.query)} — monenfant.fr`}</title>
        <meta name="description" content={DESCRIPTION} />
      </>
    ),
    content: (
      <div className="space-y-8">
        <div>
          <h1 className="text-3xl font-bold">{TITLE}</h1>
          <p className="mt-2 max-w-3xl">
            Crèches et autres établissements d'accueil du jeune enfant (EAJE), relais petite enfance, lieux d'accueil
            enfants-parents et accueils de loisirs : les places disponibles sont publiées par les crèches elles-mêmes.
          </p>
        </div>
        {/* After a search the results come first for keyboard and screen reader users too: one link past the form. */}
        {search.status !== "NO_PLACE_GIVEN" && (
          <p>
            <a href="#resultats" className="inline-block py-1">
              Aller aux résultats ({search.total.toLocaleString("fr-FR")})
            </a>
          </p>
        )}
        <SearchForm initial={filters} departementOptions={departementOptions} />
        {search.ignored.length > 0 && (
          <div className="border-l-4 border-alerte bg-orange-50 p-4">
            <h2 className="font-bold">Certains critères n'ont pas été pris en compte</h2>
            <ul className="mt-1 list-disc pl-5">
              {search.ignored.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </div>
        )}
        <section aria-labelledby="resultats" className="space-y-4">
          <h2 id="resultats" tabIndex={-1} className="text-xl font-bold">
            Résultats
          </h2>
          {search.status === "NO_PLACE_GIVEN" ? (
            <p role="status">
              {submitted ? "Indiquez une commune, un code postal ou un département pour lancer la recherche." : ""}
            </p>
          ) : (
            <>
              <p role="status">
                {search.placeNotFound
                  ? `Aucune commune ne correspond à « ${search.query.lieu} » : vérifiez l'orthographe, ou indiquez le code postal.`
                  : search.total === 0
                    ? `Aucune structure ne correspond à votre recherche${aroundText(search.place)}.`
                    : `${search.total.toLocaleString("fr-FR")} structure${search.total > 1 ? "s" : ""} trouvée${search.total > 1 ? "s" : ""}${aroundText(search.place)}${search.pageCount > 1 ? `, page ${search.page} sur ${search.pageCount}` : ""}.`}
              </p>
              {search.otherPlaces.length > 0 && (
                <nav aria-labelledby="autres-communes" className="text-sm">
                  <h3 id="autres-communes" className="font-bold">
                    Vous cherchiez une autre commune ?
                  </h3>
                  <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                    {search.otherPlaces.map((commune) => (
                      <li key={commune.inseeCode}>
                        <Link
                          href={`/recherche?${new URLSearchParams(
                            definedOnly({
                              ...filters,
                              lieu: commune.name,
                              commune: commune.inseeCode,
                              page: undefined,
                            }),
                          )}`}
                        >{`${commune.name} (${commune.departementCode})`}</Link>
                      </li>
                    ))}
                  </ul>
                </nav>
              )}
              {map && search.results.length > 0 && <ResultsMap map={map} />}
              {search.results.length > 0 && (
                <ol className="space-y-4" aria-labelledby="resultats">
                  {search.results.map((facility) => (
                    <FacilityResult key={facility.id} facility={facility} ageMonths={search.query.age} />
                  ))}
                </ol>
              )}
              <Pagination page={search.page} pageCount={search.pageCount} basePath="/recherche" params={filters} />
            </>
          )}
        </section>
      </div>
    ),
  };
};
