// The one rule for a postcode given with its commune — a facility of the catalogue or of a habilitation
// request (commune chosen in a list), a provider's address (commune typed): it must be one of the commune's
// postcodes (Commune.postcodes, from the official geography). No database here: the browser may use it.

export type CommunePostcodes = { name: string; postcodes: string[] };

/** The French message when `postcode` is not one of `commune`'s, naming those it has; else null. */
export function postcodeMismatch(label: string, postcode: string, commune: CommunePostcodes): string | null {
  if (commune.postcodes.includes(postcode)) return null;
  const known = [...commune.postcodes].sort();
  const list = `${known.length > 1 ? "codes postaux" : "code postal"} : ${known.join(", ")}`;
  return `${label} : ${postcode} n'est pas un code postal de ${commune.name} (${list}).`;
}

/** True when a postcode is in the département: its first two digits (20 for Corsica), three overseas. */
export function postcodeInDepartement(postcode: string, departementCode: string): boolean {
  return postcode.startsWith(/^2[AB]$/.test(departementCode) ? "20" : departementCode);
}
