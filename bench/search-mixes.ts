// The public search filter mixes driven by the bench, both on the app (/recherche) and on the floor server.
export const SEARCH_MIXES: Record<string, Record<string, string>> = {
  "commune-name": { lieu: "paris" },
  "postcode-eaje-places": { lieu: "69003", type: "EAJE", places: "1" },
  "departement-age": { departement: "33", age: "18" },
  "commune-eaje-age-page2": { commune: "31555", type: "EAJE", age: "12", page: "2" },
};

export const searchPath = (mix: string) => `/recherche?${new URLSearchParams(SEARCH_MIXES[mix])}`;
