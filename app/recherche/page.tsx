import type { Metadata } from "next";
import { searchFacilities } from "@/lib/search/search-facilities";
import { listDepartements } from "@/lib/search/list-departements";
import { parseSearchQuery, searchParamsOf } from "@/lib/search/search-query";
import { Pagination } from "@/components/pagination";
import { SearchForm } from "./search-form";
import { FacilityResult } from "./facility-result";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const TITLE = "Rechercher un mode d'accueil";
const DESCRIPTION = "Trouvez une crèche, un relais petite enfance, un lieu d'accueil enfants-parents ou un accueil de loisirs près de chez vous, et ses places disponibles.";

// The title says what was searched, so that tabs, history and shared links are told apart (RGAA 8.6).
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { query } = parseSearchQuery(await searchParams);
  const where = query.lieu ? `« ${query.lieu} »` : query.departement ? `département ${query.departement}` : null;
  if (!where) return { title: TITLE, description: DESCRIPTION };
  return { title: `Recherche ${where}${query.page && query.page > 1 ? `, page ${query.page}` : ""} — ${TITLE}`, description: DESCRIPTION };
}

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const [search, departements] = await Promise.all([searchFacilities(params), listDepartements()]);
  const filters = searchParamsOf(search.query);
  const submitted = Object.values(params).some((value) => value !== undefined);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{TITLE}</h1>
        <p className="mt-2 max-w-3xl">
          Crèches et autres établissements d'accueil du jeune enfant (EAJE), relais petite enfance, lieux d'accueil enfants-parents et accueils de loisirs :
          les places disponibles sont publiées par les crèches elles-mêmes.
        </p>
      </div>
      {/* Keyed by the search: going back or paging shows the filters of the results on screen. */}
      <SearchForm key={JSON.stringify(filters)} initial={filters} departements={departements} />
      {search.ignored.length > 0 && (
        <div className="border-l-4 border-alerte bg-orange-50 p-4">
          <h2 className="font-bold">Certains critères n'ont pas été pris en compte</h2>
          <ul className="mt-1 list-disc pl-5">
            {search.ignored.map((message) => <li key={message}>{message}</li>)}
          </ul>
        </div>
      )}
      <section aria-labelledby="resultats" className="space-y-4">
        <h2 id="resultats" className="text-xl font-bold">Résultats</h2>
        {search.status === "NO_PLACE_GIVEN" ? (
          <p role="status">{submitted ? "Indiquez une commune, un code postal ou un département pour lancer la recherche." : ""}</p>
        ) : (
          <>
            <p role="status">
              {search.total === 0
                ? "Aucune structure ne correspond à votre recherche."
                : `${search.total.toLocaleString("fr-FR")} structure${search.total > 1 ? "s" : ""} trouvée${search.total > 1 ? "s" : ""}${search.pageCount > 1 ? `, page ${search.page} sur ${search.pageCount}` : ""}.`}
            </p>
            {search.results.length > 0 && (
              <ol className="space-y-4" aria-labelledby="resultats">
                {search.results.map((facility) => <FacilityResult key={facility.id} facility={facility} ageMonths={search.query.age} />)}
              </ol>
            )}
            <Pagination page={search.page} pageCount={search.pageCount} basePath="/recherche" params={filters} />
          </>
        )}
      </section>
    </div>
  );
}
