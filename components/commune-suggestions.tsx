"use client";

import type { CommuneEntry } from "@/lib/territory/search-communes";

/** "Nérac (47600)": how a commune is named in suggestions and once chosen. */
export function communeLabel(commune: Pick<CommuneEntry, "name" | "postcodes">): string {
  return `${commune.name} (${commune.postcodes.join(", ")})`;
}

// Also the look of the search page's suggestions, drawn without React (public/scripts/search-form.js).
export const SUGGESTION_LIST_LABEL = "Communes proposées";
export const SUGGESTION_LIST_CLASS = "divide-y divide-gray-200 border border-gray-300";
export const SUGGESTION_BUTTON_CLASS = "w-full p-2 text-left hover:bg-bleu-clair";

/** The communes suggested under a commune field: one button each, reachable with the keyboard. */
export function CommuneSuggestions({
  communes,
  onChoose,
  className = "",
}: {
  communes: CommuneEntry[];
  onChoose: (commune: CommuneEntry) => void;
  className?: string;
}) {
  return (
    <ul className={`${SUGGESTION_LIST_CLASS} ${className}`} aria-label={SUGGESTION_LIST_LABEL}>
      {communes.map((entry) => (
        <li key={entry.inseeCode}>
          <button type="button" className={SUGGESTION_BUTTON_CLASS} onClick={() => onChoose(entry)}>
            {communeLabel(entry)}
          </button>
        </li>
      ))}
    </ul>
  );
}
