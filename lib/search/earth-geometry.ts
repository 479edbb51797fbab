// No `server-only` import: pages/ and the bench's floor use this module (README, "Layout").

// earthdistance's model of the Earth (its earth() function): a sphere of this radius, in metres.
const EARTH_RADIUS_METRES = 6_378_168;

/*
 * earthdistance's SQL functions (ll_to_earth, gc_to_sec, sec_to_gc) computed here, so that a search sends
 * their results as parameters: PostgreSQL inlines and folds those functions each time it plans a statement,
 * which cost 1.5 ms of planning per search, as much as running it. The cube's operators (cube_enlarge,
 * cube_distance, @>) are C and cost nothing to plan. tests/integration/proximity.test.ts checks them
 * against PostgreSQL's own.
 */

/** ll_to_earth(latitude, longitude): the point as earthdistance's cube, in cube's text form. */
export function earthCube(latitude: number, longitude: number): string {
  const lat = (latitude * Math.PI) / 180;
  const lon = (longitude * Math.PI) / 180;
  const x = EARTH_RADIUS_METRES * Math.cos(lat) * Math.cos(lon);
  const y = EARTH_RADIUS_METRES * Math.cos(lat) * Math.sin(lon);
  const z = EARTH_RADIUS_METRES * Math.sin(lat);
  return `(${x}, ${y}, ${z})`;
}

/** gc_to_sec(metres): the straight line through the Earth between two points this far apart on its surface. */
export function chordOfArc(metres: number): number {
  if (metres < 0) return 0;
  if (metres / EARTH_RADIUS_METRES > Math.PI) return 2 * EARTH_RADIUS_METRES;
  return 2 * EARTH_RADIUS_METRES * Math.sin(metres / (2 * EARTH_RADIUS_METRES));
}

/** sec_to_gc(chord): the distance on the surface between two points this far apart in a straight line. */
export function arcOfChord(chord: number): number {
  if (chord < 0) return 0;
  if (chord / (2 * EARTH_RADIUS_METRES) > 1) return Math.PI * EARTH_RADIUS_METRES;
  return 2 * EARTH_RADIUS_METRES * Math.asin(chord / (2 * EARTH_RADIUS_METRES));
}
