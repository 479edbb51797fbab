// The availability set of an EAJE (SPEC §5, order of 31 August 2021), shared by the portal editor (in the
// browser and on the server) and the software transmission API, whose OpenAPI document is generated from
// it: keep it a plain zod object, without transforms. Messages are shown to users: French, precise.
import { z } from "zod";
import { calendarDay, dayFromToday, dayRangeProblem, type DayRange } from "@/lib/validation/dates";
import { isCalendarDay } from "@/lib/validation/paris-day";
import { withCrossFieldRules, type CrossFieldRule } from "@/lib/validation/cross-field-rules";
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
const EARLIEST_START: DayRange = { earliest: { days: MIN_DAYS_AHEAD, why: `${MIN_DAYS_AHEAD} jours à l'avance` } };
const LATEST_DAY: DayRange = {
  latest: { months: MAX_MONTHS_AHEAD, why: `${MAX_MONTHS_AHEAD} mois à l'avance au maximum` },
};
const DAY_LABELS = { startDate: "Date de début", endDate: "Date de fin" } as const;

/** Each line's days outside their range, as issues at the line's field. */
function slotDayProblems(
  slots: { startDate: string; endDate?: string | null }[],
  ranges: Partial<Record<keyof typeof DAY_LABELS, DayRange>>,
) {
  return slots.flatMap((slot, index) =>
    Object.entries(ranges).flatMap(([field, range]) => {
      const value = slot[field as keyof typeof DAY_LABELS];
      const message =
        value && isCalendarDay(value) && dayRangeProblem(DAY_LABELS[field as keyof typeof DAY_LABELS], value, range);
      return message ? [{ path: ["slots", index, field], message }] : [];
    }),
  );
}

const day = (label: string) =>
  calendarDay(label, {}, "AAAA-MM-JJ").meta({
    format: "date",
    description: `${label}, au format AAAA-MM-JJ (date du calendrier)`,
  });
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
    .max(max, `${label} : ${max} au maximum.`)
    .describe(label);

const slotFields = z.object({
  startDate: day("Date de début"),
  endDate: day("Date de fin").nullish(),
  minAgeMonths: wholeNumber("Âge minimum (mois)", 0, MAX_AGE_MONTHS),
  maxAgeMonths: wholeNumber("Âge maximum (mois)", 0, MAX_AGE_MONTHS),
  careType: z
    .enum(CARE_TYPES, { error: "Type d'accueil : choisissez régulier, occasionnel ou urgence." })
    .describe(
      `Type d'accueil : ${CARE_TYPES.map((code) => `${code} (${CARE_TYPE_LABELS[code].toLowerCase()})`).join(", ")}`,
    ),
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
    .meta({ uniqueItems: true, description: "Jours de la semaine ISO, chacun une fois : 1 = lundi … 7 = dimanche" }),
  startTime: time("Heure de début"),
  endTime: time("Heure de fin"),
  places: wholeNumber("Nombre de places", 1, 500),
});

const slotRules: CrossFieldRule<z.output<typeof slotFields>>[] = [
  {
    rule: "endDate, si elle est renseignée, ne précède pas startDate",
    issues: (slot) =>
      slot.endDate && slot.endDate < slot.startDate
        ? [{ path: ["endDate"], message: "Date de fin : elle ne peut pas précéder la date de début." }]
        : [],
  },
  {
    rule: "minAgeMonths ≤ maxAgeMonths",
    issues: (slot) =>
      slot.minAgeMonths > slot.maxAgeMonths
        ? [{ path: ["maxAgeMonths"], message: "Âge maximum : il doit être supérieur ou égal à l'âge minimum." }]
        : [],
  },
  {
    rule: "startTime < endTime",
    issues: (slot) =>
      slot.startTime >= slot.endTime
        ? [{ path: ["endTime"], message: "Heure de fin : elle doit suivre l'heure de début." }]
        : [],
  },
];

export const availabilitySlotSchema = withCrossFieldRules(
  slotFields,
  "Une ligne de disponibilités : des places pour une tranche d'âge, un type d'accueil, des jours et des horaires.",
  slotRules,
);

const setFields = z.object({
  noPlaceAvailable: z
    .boolean({ error: "Indiquez si des places sont disponibles." })
    .default(false)
    .describe("Vrai pour déclarer qu'aucune place n'est disponible (sans lignes)"),
  slots: z.array(availabilitySlotSchema).max(MAX_SLOTS, `${MAX_SLOTS} lignes au maximum.`).default([]),
});

const setRules: CrossFieldRule<z.output<typeof setFields>>[] = [
  {
    rule: "noPlaceAvailable vaut true si et seulement si slots est vide (valeurs par défaut : false et [])",
    issues: (set) =>
      set.noPlaceAvailable === (set.slots.length === 0)
        ? []
        : [
            {
              path: ["slots"],
              message: set.noPlaceAvailable
                ? "Vous déclarez n'avoir aucune place disponible : retirez les lignes de disponibilités."
                : "Ajoutez au moins une disponibilité, ou déclarez qu'aucune place n'est disponible.",
            },
          ],
  },
  {
    rule: `startDate de chaque ligne au plus tôt ${MIN_DAYS_AHEAD} jours après la date du jour (heure de Paris)`,
    issues: (set) => slotDayProblems(set.slots, { startDate: EARLIEST_START }),
  },
  {
    rule: `startDate et endDate de chaque ligne au plus tard ${MAX_MONTHS_AHEAD} mois après la date du jour (heure de Paris)`,
    issues: (set) => slotDayProblems(set.slots, { startDate: LATEST_DAY, endDate: LATEST_DAY }),
  },
];

export const availabilitySetSchema = withCrossFieldRules(
  setFields,
  "Le jeu complet des disponibilités d'un EAJE, qui remplace le jeu en cours.",
  setRules,
  // The first rule in JSON Schema too, so that a body such as {} is invalid for the document as for the server.
  {
    anyOf: [
      { required: ["noPlaceAvailable"], properties: { noPlaceAvailable: { const: true }, slots: { maxItems: 0 } } },
      { required: ["slots"], properties: { noPlaceAvailable: { const: false }, slots: { minItems: 1 } } },
    ],
  },
);

/** The rules across fields, as the OpenAPI document and the developers' page word them. */
export const AVAILABILITY_RULES = [...setRules, ...slotRules].map(({ rule }) => rule);

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
