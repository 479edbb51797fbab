// No `server-only` import: pages/ uses this module, and Next refuses `server-only` there (README, "Layout").
import { mapTiles } from "@/lib/env";
import type { PlainHtmlPageData } from "./plain-html-page-data";
import { searchFacilities, type FacilitySearch } from "@/lib/search/search-facilities";
import { departementOptionsHtml } from "@/lib/search/departement-options";
import { hasUnreadableParameter } from "@/lib/search/search-query";

export type MapSettings = { url: string; attribution: string };
export type SearchPageProps = {
  search: FacilitySearch;
  departementOptions: string;
  submitted: boolean;
  map: MapSettings | null;
};

/** The data of the families' search page (components/search/search-page.tsx). */
export const searchPageData: PlainHtmlPageData<SearchPageProps> = {
  route: "/recherche",
  async load(query) {
    const search = await searchFacilities(query);
    return {
      status: hasUnreadableParameter(query) ? 400 : 200,
      props: {
        search,
        departementOptions: await departementOptionsHtml(search.query.departement),
        submitted: Object.values(query).some((value) => value !== undefined),
        map: mapTiles ?? null,
      },
    };
  },
};
