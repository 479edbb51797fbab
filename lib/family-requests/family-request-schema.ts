// The families' information request form (SPEC §6), shared by the browser and the server action.
import { z } from "zod";
import { calendarDate } from "@/lib/validation/dates";
import { emailField, optionalPhoneField } from "@/lib/validation/fields";
import { multiLineText, personalName } from "@/lib/validation/text";

export const CARE_KINDS = {
  CRECHE: "Accueil en crèche (EAJE)",
  ASSISTANT_MATERNEL: "Assistant(e) maternel(le)",
  GARDE_DOMICILE: "Garde à domicile",
} as const;

/** The modes of care of a stored request, in words; a kind the form no longer offers shows as stored. */
export function careKindsText(kinds: string[]): string {
  const labels: Record<string, string | undefined> = CARE_KINDS;
  return kinds.map((kind) => labels[kind] ?? kind).join(", ");
}

const SIX_YEARS_MS = 6 * 366 * 86_400_000;
const NINE_MONTHS_MS = 275 * 86_400_000;

export const childSchema = z
  .object({
    // "born" with a birth date, or "expected" with the expected date of birth.
    status: z.enum(["born", "expected"], { error: "Indiquez si l'enfant est né ou à naître." }),
    date: calendarDate("Date de naissance"),
  })
  .superRefine((child, ctx) => {
    // Zod still runs this check when the date itself was invalid: there is nothing to compare then.
    if (!(child.date instanceof Date) || Number.isNaN(child.date.getTime())) return;
    const now = Date.now();
    if (child.status === "born" && (child.date.getTime() > now || now - child.date.getTime() > SIX_YEARS_MS)) {
      ctx.addIssue({
        code: "custom",
        path: ["date"],
        message: "Date de naissance : l'enfant doit avoir moins de 6 ans.",
      });
    }
    if (
      child.status === "expected" &&
      (child.date.getTime() < now - 86_400_000 || child.date.getTime() - now > NINE_MONTHS_MS)
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["date"],
        message: "Naissance prévue : date attendue dans les neuf prochains mois.",
      });
    }
  });

export const familyRequestSchema = z.object({
  communeInsee: z
    .string({ error: "Choisissez la commune." })
    .regex(/^[0-9AB]{5}$/, "Choisissez la commune dans la liste."),
  firstName: personalName("Prénom"),
  lastName: personalName("Nom"),
  email: emailField(),
  phone: optionalPhoneField(),
  children: z.array(childSchema).min(1, "Indiquez au moins un enfant.").max(6, "6 enfants au maximum."),
  wishedStartDate: calendarDate("Date d'accueil souhaitée", {
    earliest: { why: "aujourd'hui au plus tôt" },
    latest: { months: 36, why: "trois ans à l'avance au maximum" },
  }),
  schedule: multiLineText("Jours et horaires")
    .trim()
    .max(500, "Jours et horaires : 500 caractères au maximum.")
    .default(""),
  careKinds: z
    .array(z.enum(Object.keys(CARE_KINDS) as [keyof typeof CARE_KINDS, ...(keyof typeof CARE_KINDS)[]]))
    .min(1, "Choisissez au moins un mode d'accueil."),
  message: multiLineText("Message").trim().max(2000, "Message : 2000 caractères au maximum.").default(""),
  consent: z.literal(true, { error: "Votre accord est nécessaire pour transmettre la demande." }),
  website: z.string().max(0, "Demande refusée.").optional().default(""),
});

export type FamilyRequestData = z.output<typeof familyRequestSchema>;
