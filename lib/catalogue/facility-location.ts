import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";

// A facility may lie a little beyond the outermost commune points of its département (those are the communes'
// representative points, inside them): the box of those points is widened by this much (about 11 km north-south,
// 8 km east-west in metropolitan France).
const MARGIN_DEGREES = 0.1;

export type DepartementBox = { minLatitude: number; maxLatitude: number; minLongitude: number; maxLongitude: number };
type Location = { latitude: number | null; longitude: number | null };

/**
 * Where a precise point may lie for a facility of this département: the box around its communes' points (the
 * reference data has no outline of the départements). Null when none of its communes has a point.
 */
export async function departementBox(departementCode: string, tx: Tx | typeof db = db): Promise<DepartementBox | null> {
  const [box] = await tx.$queryRaw<(DepartementBox | { minLatitude: null })[]>`
    SELECT min(latitude) - ${MARGIN_DEGREES} AS "minLatitude", max(latitude) + ${MARGIN_DEGREES} AS "maxLatitude",
      min(longitude) - ${MARGIN_DEGREES} AS "minLongitude", max(longitude) + ${MARGIN_DEGREES} AS "maxLongitude"
    FROM "Commune" WHERE "departementCode" = ${departementCode} AND latitude IS NOT NULL`;
  return box && box.minLatitude !== null ? box : null;
}

/** Why the precise point given for a facility is refused, or null: both coordinates or neither, in the département. */
export function locationProblem(
  location: Location,
  box: DepartementBox | null,
  departementCode: string,
): string | null {
  const { latitude, longitude } = location;
  if (latitude === null && longitude === null) return null;
  if (latitude === null || longitude === null)
    return "Position : indiquez la latitude et la longitude, ou aucune des deux (la structure est alors placée au centre de sa commune).";
  if (
    box &&
    (latitude < box.minLatitude ||
      latitude > box.maxLatitude ||
      longitude < box.minLongitude ||
      longitude > box.maxLongitude)
  )
    return `Position hors du département ${departementCode} : vérifiez la latitude (${latitude}) et la longitude (${longitude}), par exemple qu'elles ne sont pas inversées.`;
  return null;
}

/**
 * The precise point of a stored facility as the catalogue shows and compares it: its coordinates when the Caf
 * gave them, none when it stands at its commune's point (which PostgreSQL keeps in the same columns).
 */
export function preciseLocationOf(facility: Location & { locationIsPrecise: boolean }): Location {
  return facility.locationIsPrecise
    ? { latitude: facility.latitude, longitude: facility.longitude }
    : { latitude: null, longitude: null };
}
