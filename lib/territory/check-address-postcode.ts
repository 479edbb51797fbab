import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { postcodeInDepartement, postcodeMismatch } from "./postcode-of-commune";

type CommuneRow = { name: string; postcodes: string[]; departementCode: string };
export type AddressProblem = { field: "postcode" | "city"; message: string };

// "Agen Cedex 9": a company postcode (CEDEX) is not in the commune's list but stays in its département.
const CEDEX = /\s+cedex(?:\s+\d{1,2})?$/i;

/**
 * Checks a postcode against a commune typed by name (an organisation's address), read as the commune
 * pickers read names (place_key(): accents, case, hyphens, "St"). Homonyms in other départements are set
 * aside when one lies in the postcode's. Null when the pair is right.
 */
export async function checkAddressPostcode(
  address: { postcode: string; city: string },
  labels: { postcode: string; city: string },
  tx: Tx | Db = db,
): Promise<AddressProblem | null> {
  const name = address.city.replace(CEDEX, "");
  const homonyms = await tx.$queryRaw<CommuneRow[]>`
    SELECT name, postcodes, "departementCode" FROM "Commune" WHERE "placeKey" = place_key(${name})`;
  if (homonyms.length === 0) {
    const ofPostcode = await tx.$queryRaw<{ name: string }[]>`
      SELECT name FROM "Commune" WHERE postcodes @> ARRAY[${address.postcode}]::text[]
      ORDER BY population DESC NULLS LAST, name LIMIT 6`;
    if (ofPostcode.length === 0)
      return { field: "postcode", message: `${labels.postcode} : ${address.postcode} ne correspond à aucune commune.` };
    return {
      field: "city",
      message: `${labels.city} : « ${address.city} » n'est pas une commune du code postal ${address.postcode} (${ofPostcode.map((c) => c.name).join(", ")}).`,
    };
  }
  if (homonyms.some((commune) => commune.postcodes.includes(address.postcode))) return null;
  const inDepartement = homonyms.filter((commune) => postcodeInDepartement(address.postcode, commune.departementCode));
  if (CEDEX.test(address.city) && inDepartement.length > 0) return null;
  const candidates = inDepartement.length > 0 ? inDepartement : homonyms;
  const commune = {
    name: candidates[0]?.name ?? address.city,
    postcodes: [...new Set(candidates.flatMap((c) => c.postcodes))],
  };
  const message = postcodeMismatch(labels.postcode, address.postcode, commune);
  return message ? { field: "postcode", message } : null;
}
