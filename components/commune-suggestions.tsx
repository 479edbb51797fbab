"use client";

import type { CommuneEntry } from "@/lib/territory/search-communes";

/** "Nérac (47600)": how a commune is named in suggestions and once chosen. */
export function communeLabel(commune: Pick<CommuneEntry, "name" | "postcodes">): string {
  return `${commune.name} (${commune.postcodes.join(", ")})`;
}

/** The communes suggested under a commune field: one button each, reachable with the keyboard. */
export function CommuneSuggestions({ communes, onChoose, className = "" }: { communes: CommuneEntry[]; onChoose: (commune: CommuneEntry) => void; className?: string }) {
  return (
    <ul className={`divide-y divide-gray-200 border border-gray-300 ${className}`} aria-label="Communes proposées">
      {communes.map((entry) => (
        <li key={entry.inseeCode}>
          <button type="button" className="w-full p-2 text-left hover:bg-bleu-clair" onClick={() => onChoose(entry)}>
            {communeLabel(entry)}
          </button>
        </li>
      ))}
    </ul>
  );
}
