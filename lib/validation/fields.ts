// Field rules shared by every public form; messages are shown to users: French, precise.
import { z } from "zod";
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import { singleLineText } from "@/lib/validation/text";

export const requiredText = (label: string, max = 200) =>
  singleLineText(label, { error: `${label} : champ obligatoire.` })
    .trim()
    .min(1, `${label} : champ obligatoire.`)
    .max(max, `${label} : ${max} caractères au maximum.`);

export const emailField = (label = "Adresse électronique") =>
  z
    .string({ error: `${label} : champ obligatoire.` })
    .trim()
    .toLowerCase()
    .min(1, `${label} : champ obligatoire.`)
    .pipe(z.email(`${label} : format attendu nom@domaine.fr.`));

// Metropolitan France first, then the overseas départements, whose numbers ("0262…", "0590…") French people
// dial from the mainland without their country code. The "max" metadata checks the numbering plan, not only
// the length: "0639…" exists in Mayotte, "0639…" in France does not.
const FRENCH_NUMBERING_AREAS: CountryCode[] = ["FR", "RE", "GP", "MQ", "GF", "YT"];

/**
 * A French phone number as it is stored and shown everywhere: the national format ("05 53 12 34 56",
 * "0262 12 34 56"), whatever was typed ("+33553123456", "05.53.12.34.56"). Null when it is not one.
 */
export function normalisedFrenchPhone(value: string): string | null {
  for (const area of FRENCH_NUMBERING_AREAS) {
    const phone = parsePhoneNumberFromString(value, area);
    if (phone?.country && FRENCH_NUMBERING_AREAS.includes(phone.country) && phone.isValid())
      return phone.formatNational();
  }
  return null;
}

// The four-digit service numbers ("3230", the Caf's national number), which only organisations publish.
const SHORT_NUMBER = /^3\d{3}$/;
type PhoneOptions = { shortNumbers?: boolean };

/**
 * A required French phone number, stored in the national format (see normalisedFrenchPhone); with
 * `shortNumbers`, a four-digit service number is kept as typed.
 */
export const phoneField = (label = "Téléphone", options: PhoneOptions = {}) => {
  const example = options.shortNumbers ? "05 53 12 34 56 ou 3230" : "05 53 12 34 56";
  const message = `${label} : numéro français attendu, par exemple ${example}.`;
  return z
    .string({ error: `${label} : champ obligatoire.` })
    .trim()
    .min(1, `${label} : champ obligatoire.`)
    .max(30, message)
    .transform((value, ctx) => {
      if (options.shortNumbers && SHORT_NUMBER.test(value)) return value;
      const phone = normalisedFrenchPhone(value);
      if (phone) return phone;
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    });
};

/** An optional French phone number: a blank one (or none) is null. */
export const optionalPhoneField = (label = "Téléphone", options: PhoneOptions = {}) =>
  z.preprocess(
    (value) => (value == null || (typeof value === "string" && value.trim() === "") ? null : value),
    phoneField(label, options).nullable(),
  );

/** French postcodes begin with a département number (01 to 95, 97 overseas): "00000" or "99999" never. */
export const POSTCODE_PATTERN = /^(?:0[1-9]|[1-8]\d|9[0-5]|97)\d{3}$/;

/** A postcode's shape; that it is one of its commune's is checked against the Commune table on the server. */
export const postcodeField = (label = "Code postal") =>
  z
    .string({ error: `${label} : champ obligatoire.` })
    .trim()
    .min(1, `${label} : champ obligatoire.`)
    .regex(/^\d{5}$/, { error: `${label} : 5 chiffres attendus.`, abort: true })
    .regex(POSTCODE_PATTERN, `${label} : ce n'est pas un code postal français.`);
