// Representative point of every commune, for distances between places. The reference file
// (prisma/data/communes-coordonnees.csv, see the README's attribution) predates a few communes
// created or merged since and lists Paris, Lyon and Marseille by arrondissement only: those get the
// mean of the places they were made of, else of the communes sharing a postcode, else of their
// département, so that no current commune is left without a point.
import { readFileSync } from "node:fs";
import path from "node:path";

export type Coordinates = { latitude: number; longitude: number };

/** The fields of `@etalab/decoupage-administratif`'s communes.json that placing a commune needs. */
export type GeographyEntry = {
  code: string;
  type: string;
  departement: string;
  codesPostaux?: string[];
  anciensCodes?: string[];
  chefLieu?: string;
  commune?: string;
};

export const COMMUNE_COORDINATES_FILE = path.join(process.cwd(), "prisma/data/communes-coordonnees.csv");

export function readReferenceCoordinates(file = COMMUNE_COORDINATES_FILE): Map<string, Coordinates> {
  const points = new Map<string, Coordinates>();
  const lines = readFileSync(file, "utf8").split(/\r?\n/).slice(1);
  for (const line of lines) {
    const [code, latitude, longitude] = line.split(",");
    if (!code || !latitude || !longitude) continue;
    points.set(code, { latitude: Number(latitude), longitude: Number(longitude) });
  }
  return points;
}

function meanOf(points: Coordinates[]): Coordinates | null {
  if (points.length === 0) return null;
  const sum = points.reduce(
    (acc, p) => ({ latitude: acc.latitude + p.latitude, longitude: acc.longitude + p.longitude }),
    {
      latitude: 0,
      longitude: 0,
    },
  );
  const round = (value: number) => Math.round((value / points.length) * 1e5) / 1e5;
  return { latitude: round(sum.latitude), longitude: round(sum.longitude) };
}

/** A point for each given commune (by INSEE code), filling the reference file's gaps. */
export function placeCommunes(
  communes: GeographyEntry[],
  geography: GeographyEntry[],
  reference: Map<string, Coordinates>,
): Map<string, Coordinates> {
  const partsOf = new Map<string, string[]>();
  const addPart = (parent: string | undefined, part: string) => {
    if (!parent || parent === part) return;
    partsOf.set(parent, [...(partsOf.get(parent) ?? []), part]);
  };
  for (const entry of geography) {
    if (entry.type === "arrondissement-municipal") addPart(entry.commune, entry.code);
    if (entry.type === "commune-deleguee" || entry.type === "commune-associee") addPart(entry.chefLieu, entry.code);
    for (const former of entry.anciensCodes ?? []) addPart(entry.code, former);
  }

  const known = (codes: string[]) => codes.flatMap((code) => reference.get(code) ?? []);
  const placed = new Map<string, Coordinates>();
  const missing: GeographyEntry[] = [];
  for (const commune of communes) {
    const point = reference.get(commune.code) ?? meanOf(known(partsOf.get(commune.code) ?? []));
    if (point) placed.set(commune.code, point);
    else missing.push(commune);
  }

  for (const commune of missing) {
    const postcodes = new Set(commune.codesPostaux ?? []);
    const neighbours = communes.filter(
      (other) => other.code !== commune.code && (other.codesPostaux ?? []).some((code) => postcodes.has(code)),
    );
    const sameDepartement = communes.filter((other) => other.departement === commune.departement);
    const point =
      meanOf(neighbours.flatMap((other) => placed.get(other.code) ?? [])) ??
      meanOf(sameDepartement.flatMap((other) => placed.get(other.code) ?? []));
    if (point) placed.set(commune.code, point);
  }
  return placed;
}
