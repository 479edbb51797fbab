import type { AvailabilitySummary, FacilitySearchResult } from "@/lib/search/search-facilities";
import { CARE_TYPE_LABELS, type CareTypeCode } from "@/lib/availability/availability-schema";
import { STALE_AFTER_DAYS } from "@/lib/availability/freshness";
import { frenchDay } from "@/lib/text/french-dates";

const careTypes = (codes: CareTypeCode[]) =>
  codes.map((code, i) => (i === 0 ? CARE_TYPE_LABELS[code] : CARE_TYPE_LABELS[code].toLowerCase())).join(", ");

const kilometres = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "à 3,2 km" from the centre of the search; the facilities of the commune itself are "à moins de 100 m". */
export function distanceText(metres: number): string {
  return metres < 50 ? "à moins de 100 m" : `à ${kilometres.format(metres / 1000)} km`;
}

/** One facility of the results: its page, kind, address and, for an EAJE, what it publishes today. */
export function FacilityResult({ facility, ageMonths }: { facility: FacilitySearchResult; ageMonths?: number }) {
  return (
    // The coordinates place the card on the results' map (public/scripts/search-map.js); the lines marked
    // data-map-line are copied into its marker's card.
    <li
      className="card space-y-1"
      data-latitude={facility.latitude ?? undefined}
      data-longitude={facility.longitude ?? undefined}
    >
      <h3 className="text-xl font-bold">
        {/* A plain link: the search page and the facility page are plain HTML, without Next's runtime to use a Link. */}
        <a href={`/structures/${facility.id}`}>{facility.name}</a>
      </h3>
      <p data-map-line>{facility.kindLabel}</p>
      <p data-map-line>
        {`${facility.street}, ${facility.postcode} ${facility.communeName}`}
        {facility.distanceMetres !== null && <strong>{` — ${distanceText(facility.distanceMetres)}`}</strong>}
      </p>
      {facility.availability && <Availability summary={facility.availability} ageMonths={ageMonths} />}
    </li>
  );
}

function Availability({ summary, ageMonths }: { summary: AvailabilitySummary; ageMonths?: number }) {
  if (summary.status === "NOT_PUBLISHED")
    return <p className="text-texte-mention">Disponibilités non publiées par la structure.</p>;
  const forAge = ageMonths === undefined ? "" : ` pour un enfant de ${ageMonths} mois`;
  return (
    <div className="mt-2 border-l-4 border-bleu pl-3">
      {summary.status === "PLACES" ? (
        <p>
          <strong>{`${summary.places} ${summary.places > 1 ? "places disponibles" : "place disponible"}${forAge} à partir du ${frenchDay(summary.fromDay)}`}</strong>
          {` (${careTypes(summary.careTypes)})`}
        </p>
      ) : (
        <p>
          <strong>Aucune place disponible actuellement</strong>
        </p>
      )}
      <p className="text-sm">
        {`Mis à jour le ${frenchDay(summary.updatedDay)}`}
        {summary.stale && (
          <>
            {" "}
            <strong className="ml-1 inline-block border border-alerte px-1 text-alerte">
              Informations anciennes
            </strong>{" "}
            <span className="text-texte-mention">
              (plus de {STALE_AFTER_DAYS} jours : renseignez-vous auprès de la structure)
            </span>
          </>
        )}
      </p>
    </div>
  );
}
