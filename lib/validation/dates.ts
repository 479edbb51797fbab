import { z } from "zod";

/** A calendar date typed in a form ("YYYY-MM-DD"), read as midnight UTC; never in the future. */
export const pastOrTodayDate = (label: string) =>
  z
    .string({ error: `${label} : champ obligatoire.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} : date attendue au format JJ/MM/AAAA.`)
    .transform((value) => new Date(`${value}T00:00:00Z`))
    .refine((date) => !Number.isNaN(date.getTime()), `${label} : date invalide.`)
    .refine((date) => date.getTime() <= Date.now(), `${label} : la date ne peut pas être dans le futur.`);

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
