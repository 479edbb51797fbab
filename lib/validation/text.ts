// The one rule for text entering the system, from forms, actions, routes, queries and the API: no control
// characters (PostgreSQL cannot store NUL, XML 1.0 cannot carry the others, nobody types them), no
// non-characters (U+FFFE, U+FFFF) and no lone surrogates. Tab and line breaks only in multi-line text.
import { z } from "zod";
import "./french-messages";

const FORBIDDEN_EVERYWHERE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_CHARACTERS = /[\t\n\r]/;

export const FORBIDDEN_CHARACTERS_MESSAGE =
  "contient des caractères non autorisés (caractères de contrôle ou invisibles) : retirez-les.";

/** True when `value` breaks the rule; `multiLine` allows tab and line breaks. */
export function hasForbiddenCharacters(value: string, options: { multiLine?: boolean } = {}): boolean {
  return FORBIDDEN_EVERYWHERE.test(value) || (!options.multiLine && LINE_CHARACTERS.test(value));
}

/** A one-line text field, refused with `label` in the message when it breaks the rule; chain trim, min, max. */
export function singleLineText(label: string, params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine((value) => !hasForbiddenCharacters(value), `${label} ${FORBIDDEN_CHARACTERS_MESSAGE}`);
}

/** A multi-line text field (message, description): tab and line breaks allowed, nothing else of the kind. */
export function multiLineText(label: string, params?: Parameters<typeof z.string>[0]) {
  return z
    .string(params)
    .refine((value) => !hasForbiddenCharacters(value, { multiLine: true }), `${label} ${FORBIDDEN_CHARACTERS_MESSAGE}`);
}

/** An identifier taken from a URL (a cuid, an INSEE code…): anything else is simply not found (404). */
export function isPlausibleIdentifier(value: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(value);
}

/** A search query or other one-line value taken from a URL: null when it breaks the rule (answer 400). */
export function queryText(value: string | string[] | null | undefined, max = 200): string | null {
  const text = Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
  return hasForbiddenCharacters(text) ? null : text.slice(0, max);
}

/** A person's first or last name: letters (any script, with accents), spaces, hyphens, apostrophes; 2 to 100. */
export function personalName(label: string) {
  return singleLineText(label, { error: `${label} : champ obligatoire.` })
    .trim()
    .min(1, `${label} : champ obligatoire.`)
    .min(2, `${label} : 2 caractères au moins.`)
    .max(100, `${label} : 100 caractères au maximum.`)
    .regex(/^\p{L}[\p{L}\p{M} '’-]*$/u, `${label} : lettres, espaces, traits d'union et apostrophes uniquement.`);
}
