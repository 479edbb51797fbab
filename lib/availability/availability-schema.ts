// The availability set of an EAJE (SPEC §5, order of 31 August 2021), shared by the portal editor (in the
// browser and on the server) and the software transmission API, whose OpenAPI document is generated from
// it: keep it a plain zod object, without transforms. Messages are shown to users: French, precise.
import { z } from "zod";
import { calendarDay, dayFromToday, dayRangeProblem, type DayRange } from "@/lib/validation/dates";
import { isCalendarDay } from "@/lib/validation/paris-day";
import { MAX_AGE_MONTHS } from "./age-limits";

export const CARE_TYPES = ["REGULAR", "OCCASIONAL", "EMERGENCY"] as const;
export type CareTypeCode = (typeof CARE_TYPES)[number];
export const CARE_TYPE_LABELS: Record<CareTypeCode, string> = {
  REGULAR: "Accueil régulier",
  OCCASIONAL: "Accueil occasionnel",
  EMERGENCY: "Accueil d'urgence",
};
// ISO weekdays: index 1 = Monday … 7 = Sunday.
export const WEEKDAY_LABELS = ["", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"] as const;
export const MIN_DAYS_AHEAD = 3;
export const MAX_MONTHS_AHEAD = 18;
export const MAX_SLOTS = 100;

// Checked on the set, not the slot: the API's answers describe current slots, which started in the past.
const LATEST: DayRange["latest"] = { months: MAX_MONTHS_AHEAD, why: `${MAX_MONTHS_AHEAD} mois à l'avance au maximum` };
const START_RANGE: DayRange = {
  earliest: { days: MIN_DAYS_AHEAD, why: `${MIN_DAYS_AHEAD} jours à l'avance` },
  latest: LATEST,
};
const END_RANGE: DayRange = { latest: LATEST };

const day = (label: string) => calendarDay(label, {}, "AAAA-MM-JJ").describe(`${label}, au format AAAA-MM-JJ`);
const time = (label: string) =>
  z
    .string({ error: `${label} : champ obligatoire.` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label} : heure attendue au format HH:MM (par exemple 08:30).`)
    .describe(`${label}, au format HH:MM`);
const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} : nombre entier attendu.` })
    .int(`${label} : nombre entier attendu.`)
    .min(min, `${label} : ${min} au minimum.`)
    .max(max, `${label} : ${max} au maximum.`);

export const availabilitySlotSchema = z
  .object({
    startDate: day("Date de début"),
    endDate: day("Date de fin").nullish(),
    minAgeMonths: wholeNumber("Âge minimum (mois)", 0, MAX_AGE_MONTHS),
    maxAgeMonths: wholeNumber("Âge maximum (mois)", 0, MAX_AGE_MONTHS),
    careType: z.enum(CARE_TYPES, { error: "Type d'accueil : choisissez régulier, occasionnel ou urgence." }),
    weekdays: z
      .array(
        z
          .number({ error: "Jours : 1 (lundi) à 7 (dimanche)." })
          .int()
          .min(1, "Jours : 1 (lundi) à 7 (dimanche).")
          .max(7, "Jours : 1 (lundi) à 7 (dimanche)."),
        {
          error: "Jours : cochez au moins un jour.",
        },
      )
      .min(1, "Jours : cochez au moins un jour.")
      .max(7, "Jours : 7 jours au plus.")
      .refine((days) => new Set(days).size === days.length, "Jours : chaque jour ne peut figurer qu'une fois.")
      .describe("Jours de la semaine ISO : 1 = lundi … 7 = dimanche"),
    startTime: time("Heure de début"),
    endTime: time("Heure de fin"),
    places: wholeNumber("Nombre de places", 1, 500),
  })
  .superRefine((slot, ctx) => {
    if (slot.endDate && slot.endDate < slot.startDate)
      ctx.addIssue({
        code: "custom",
        path: ["endDate"],
        message: "Date de fin : elle ne peut pas précéder la date de début.",
      });
    if (slot.minAgeMonths > slot.maxAgeMonths)
      ctx.addIssue({
        code: "custom",
        path: ["maxAgeMonths"],
        message: "Âge maximum : il doit être supérieur ou égal à l'âge minimum.",
      });
    if (slot.startTime >= slot.endTime)
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "Heure de fin : elle doit suivre l'heure de début." });
  });

export const availabilitySetSchema = z
  .object({
    noPlaceAvailable: z
      .boolean({ error: "Indiquez si des places sont disponibles." })
      .default(false)
      .describe("Vrai pour déclarer qu'aucune place n'est disponible (sans lignes)"),
    slots: z.array(availabilitySlotSchema).max(MAX_SLOTS, `${MAX_SLOTS} lignes au maximum.`).default([]),
  })
  .superRefine((set, ctx) => {
    if (set.noPlaceAvailable && set.slots.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["slots"],
        message: "Vous déclarez n'avoir aucune place disponible : retirez les lignes de disponibilités.",
      });
    }
    if (!set.noPlaceAvailable && set.slots.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["slots"],
        message: "Ajoutez au moins une disponibilité, ou déclarez qu'aucune place n'est disponible.",
      });
    }
    set.slots.forEach((slot, index) => {
      const problems = {
        startDate: isCalendarDay(slot.startDate) && dayRangeProblem("Date de début", slot.startDate, START_RANGE),
        endDate: slot.endDate && isCalendarDay(slot.endDate) && dayRangeProblem("Date de fin", slot.endDate, END_RANGE),
      };
      for (const [field, message] of Object.entries(problems))
        if (message) ctx.addIssue({ code: "custom", path: ["slots", index, field], message });
    });
  });

export type AvailabilitySlotInput = z.input<typeof availabilitySlotSchema>;
export type AvailabilitySet = z.output<typeof availabilitySetSchema>;

/** First day an availability may start: today in Paris plus three days. */
export function earliestStartDay(now: Date = new Date()): string {
  return dayFromToday({ days: MIN_DAYS_AHEAD }, now);
}

/** Last day an availability may start or end: today in Paris plus eighteen months. */
export function latestDay(now: Date = new Date()): string {
  return dayFromToday({ months: MAX_MONTHS_AHEAD }, now);
}
