import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 8;

const CHARACTER_CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/] as const;

/** How many of lower case, upper case, digits and symbols the password mixes (accented letters count as symbols). */
export function characterClassCount(password: string): number {
  return CHARACTER_CLASSES.filter((pattern) => pattern.test(password)).length;
}

export const PASSWORD_RULE_TEXT =
  "Au moins 8 caractères, avec au moins trois types parmi : minuscules, majuscules, chiffres et caractères spéciaux.";

/**
 * CNIL recommendation (deliberation 2022-100) for an 8-character password on an account protected by
 * login throttling: at least three of the four character classes.
 */
export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, "Le nouveau mot de passe doit contenir au moins 8 caractères.")
  .max(128, "Le nouveau mot de passe doit contenir au plus 128 caractères.")
  .refine((password) => characterClassCount(password) >= 3, {
    error:
      "Le nouveau mot de passe doit mélanger au moins trois types de caractères : minuscules, majuscules, chiffres, caractères spéciaux.",
  });
