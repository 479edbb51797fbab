import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { familyRequestSchema } from "@/lib/family-requests/family-request-schema";
import { habilitationRequestSchema } from "@/lib/habilitation/request-schema";
import { availabilitySetSchema, earliestStartDay } from "@/lib/availability/availability-schema";
import { operatingInfoSchema } from "@/lib/operating-info/operating-info-schema";
import { facilityFieldsSchema } from "@/lib/catalogue/facility-schema";
import { calendarDay, dayFromToday, pastOrTodayDate } from "@/lib/validation/dates";
import { normalisedFrenchPhone, phoneField, postcodeField } from "@/lib/validation/fields";
import { personalName } from "@/lib/validation/text";
import { frenchDay } from "@/lib/text/french-dates";
import { addMonths } from "@/lib/validation/paris-day";
import { postcodeMismatch } from "@/lib/territory/postcode-of-commune";
import { withSiretCheckDigit } from "@/lib/validation/siret";

describe("form schemas never throw on bad input", () => {
  it("@families an empty family request gives French messages, never an exception", () => {
    const result = familyRequestSchema.safeParse({
      communeInsee: "",
      firstName: "",
      lastName: "",
      email: "",
      phone: "",
      children: [{ status: "born", date: "" }],
      wishedStartDate: "",
      careKinds: [],
      consent: false,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        "Choisissez la commune dans la liste.",
        "Prénom : champ obligatoire.",
        "Date de naissance : champ obligatoire.",
        "Choisissez au moins un mode d'accueil.",
        "Votre accord est nécessaire pour transmettre la demande.",
      ]),
    );
    for (const garbage of [null, 42, "texte", [], { children: "x" }])
      expect(familyRequestSchema.safeParse(garbage).success).toBe(false);
  });

  it("@habilitation an empty or malformed habilitation request gives French messages, never an exception", () => {
    const result = habilitationRequestSchema.safeParse({
      type: "STRUCTURES",
      provider: {},
      departementCode: "",
      people: [{}],
      facilities: [{}],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        "Raison sociale : champ obligatoire.",
        "Choisissez la Caf destinataire.",
        "Prénom : champ obligatoire.",
      ]),
    );
    for (const garbage of [null, 42, "texte", [], {}, { type: "AUTRE" }])
      expect(habilitationRequestSchema.safeParse(garbage).success).toBe(false);
  });
});

// The bad-input table (README, "Tests"): for each form, a valid input, then one field at a time a bad value
// and the French message the person reads at that field. Rules needing the database (a postcode of the
// commune) are in tests/integration/hardening-input.test.ts.
const day = (offset: { months?: number; days?: number }) => dayFromToday(offset);
const FORMS = {
  habilitation: {
    schema: habilitationRequestSchema,
    valid: () => ({
      type: "STRUCTURES",
      provider: {
        legalName: "Association Les Petits Pas",
        siret: withSiretCheckDigit("4471234500001"),
        street: "12 rue des Écoles",
        postcode: "47600",
        city: "Nérac",
        legalRepresentativeName: "Armelle Dutertre",
        legalRepresentativeTitle: "Présidente",
        email: "asso@exemple.fr",
        phone: "05 53 12 34 56",
      },
      departementCode: "47",
      people: [{ firstName: "Anaïs", lastName: "N'Diaye-Léger", email: "anais@exemple.fr", jobTitle: "Directrice" }],
      facilities: [{ facilityId: "f1", operatingInfo: true, availabilities: false }],
      newFacilities: [
        {
          kind: "LAEP",
          name: "LAEP du Rempart",
          street: "1 rue du Rempart",
          postcode: "47600",
          communeInsee: "47195",
          operatingInfo: true,
          availabilities: false,
        },
      ],
    }),
  },
  family: {
    schema: familyRequestSchema,
    valid: () => ({
      communeInsee: "47195",
      firstName: "Léonie",
      lastName: "Dupont",
      email: "famille@exemple.fr",
      phone: "06 12 34 56 78",
      children: [{ status: "born", date: day({ months: -10 }) }],
      wishedStartDate: day({ months: 3 }),
      careKinds: ["CRECHE"],
      consent: true,
    }),
  },
  availabilities: {
    schema: availabilitySetSchema,
    valid: () => ({
      noPlaceAvailable: false,
      slots: [
        {
          startDate: earliestStartDay(),
          endDate: null,
          minAgeMonths: 0,
          maxAgeMonths: 36,
          careType: "REGULAR",
          weekdays: [1, 2],
          startTime: "08:00",
          endTime: "18:00",
          places: 2,
        },
      ],
    }),
  },
  operatingInfo: {
    schema: operatingInfoSchema,
    valid: () => ({
      openingDays: [1, 2, 3, 4, 5],
      openingTime: "07:30",
      closingTime: "18:30",
      minAgeMonths: 2,
      maxAgeMonths: 36,
      capacity: 20,
      ...Object.fromEntries(
        ["yearlyClosures", "meals", "accessibility", "pedagogicalProject", "pricing", "contactName"].map((k) => [
          k,
          "",
        ]),
      ),
      contactEmail: "",
      contactPhone: "05 53 65 00 00",
      website: "",
      description: "",
    }),
  },
  catalogueFacility: {
    schema: facilityFieldsSchema,
    valid: () => ({
      kind: "MULTI_ACCUEIL",
      name: "Les Lucioles",
      street: "2 place du Marché",
      postcode: "47600",
      communeInsee: "47195",
      contactPhone: "05 53 65 00 00",
    }),
  },
} satisfies Record<string, { schema: z.ZodType; valid: () => Record<string, unknown> }>;
type FormName = keyof typeof FORMS;

function withValue(input: Record<string, unknown>, path: (string | number)[], value: unknown) {
  const copy = structuredClone(input);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

const later18 = frenchDay(day({ months: 18 }));
const later36 = frenchDay(day({ months: 36 }));
const BAD_INPUT: [FormName, string, unknown, string][] = [
  // Phones
  ["habilitation", "provider.phone", "06-12-34-56", "Téléphone : numéro français attendu, par exemple 05 53 12 34 56."],
  [
    "habilitation",
    "provider.phone",
    "+33 1 23 45 67 89 00",
    "Téléphone : numéro français attendu, par exemple 05 53 12 34 56.",
  ],
  [
    "habilitation",
    "provider.phone",
    "+44 20 7946 0958",
    "Téléphone : numéro français attendu, par exemple 05 53 12 34 56.",
  ],
  ["habilitation", "provider.phone", "", "Téléphone : champ obligatoire."],
  ["family", "phone", "06-12-34-56", "Téléphone : numéro français attendu, par exemple 05 53 12 34 56."],
  ["family", "phone", "0639 12 34 56", "Téléphone : numéro français attendu, par exemple 05 53 12 34 56."],
  [
    "operatingInfo",
    "contactPhone",
    "+33 1 23 45 67 89 00",
    "Téléphone de contact : numéro français attendu, par exemple 05 53 12 34 56.",
  ],
  ["catalogueFacility", "contactPhone", "12345", "Téléphone : numéro français attendu, par exemple 05 53 12 34 56."],
  // Postcodes (their shape; that they are the commune's needs the database)
  ["habilitation", "provider.postcode", "00000", "Code postal : ce n'est pas un code postal français."],
  ["habilitation", "provider.postcode", "99999", "Code postal : ce n'est pas un code postal français."],
  ["habilitation", "provider.postcode", "4760", "Code postal : 5 chiffres attendus."],
  [
    "habilitation",
    "newFacilities.0.postcode",
    "00000",
    "Code postal de la structure : ce n'est pas un code postal français.",
  ],
  ["catalogueFacility", "postcode", "99999", "Code postal : ce n'est pas un code postal français."],
  // Personal names
  ["habilitation", "people.0.firstName", "A", "Prénom : 2 caractères au moins."],
  ["habilitation", "people.0.lastName", "Dupont2", "Nom : lettres, espaces, traits d'union et apostrophes uniquement."],
  [
    "habilitation",
    "provider.legalRepresentativeName",
    "M. Dupont",
    "Nom du représentant légal : lettres, espaces, traits d'union et apostrophes uniquement.",
  ],
  ["family", "firstName", "<script>", "Prénom : lettres, espaces, traits d'union et apostrophes uniquement."],
  ["family", "lastName", "L".repeat(101), "Nom : 100 caractères au maximum."],
  // Dates
  ["family", "wishedStartDate", "2026-02-30", "Date d'accueil souhaitée : cette date n'existe pas."],
  [
    "family",
    "wishedStartDate",
    day({ days: -1 }),
    `Date d'accueil souhaitée : le ${frenchDay(day({}))} au plus tôt (aujourd'hui au plus tôt).`,
  ],
  [
    "family",
    "wishedStartDate",
    day({ months: 36, days: 1 }),
    `Date d'accueil souhaitée : le ${later36} au plus tard (trois ans à l'avance au maximum).`,
  ],
  ["family", "children.0.date", "2025-02-29", "Date de naissance : cette date n'existe pas."],
  ["family", "children.0.date", "12/03/2026", "Date de naissance : date attendue au format JJ/MM/AAAA."],
  ["availabilities", "slots.0.startDate", "2026-02-30", "Date de début : cette date n'existe pas."],
  [
    "availabilities",
    "slots.0.startDate",
    day({ months: 19 }),
    `Date de début : le ${later18} au plus tard (18 mois à l'avance au maximum).`,
  ],
  [
    "availabilities",
    "slots.0.endDate",
    day({ months: 18, days: 1 }),
    `Date de fin : le ${later18} au plus tard (18 mois à l'avance au maximum).`,
  ],
  ["availabilities", "slots.0.endDate", "2027-04-31", "Date de fin : cette date n'existe pas."],
];

describe("@hardening bad-input table: each form refuses each bad value with its French message", () => {
  it.each(Object.keys(FORMS) as FormName[])("@hardening the valid %s input of the table is accepted", (form) => {
    const result = FORMS[form].schema.safeParse(FORMS[form].valid());
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(BAD_INPUT)("@hardening %s: %s = %j is refused with « %s »", (form, field, value, message) => {
    const path = field.split(".").map((key) => (/^\d+$/.test(key) ? Number(key) : key));
    const result = FORMS[form].schema.safeParse(withValue(FORMS[form].valid(), path, value));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }))).toEqual([
      { path: field, message },
    ]);
  });
});

describe("@hardening field rules", () => {
  it.each([
    ["05 53 12 34 56", "05 53 12 34 56"],
    ["+33553123456", "05 53 12 34 56"],
    ["05.53.12.34.56", "05 53 12 34 56"],
    ["+33 (0)6 12 34 56 78", "06 12 34 56 78"],
    ["0262 12 34 56", "0262 12 34 56"],
    ["+262 692 12 34 56", "0692 12 34 56"],
    ["0590 12 34 56", "0590 12 34 56"],
  ])("@hardening the phone %j is accepted and kept in the national format %j", (typed, stored) => {
    expect(normalisedFrenchPhone(typed)).toBe(stored);
    expect(phoneField().parse(typed)).toBe(stored);
  });

  it.each(["06-12-34-56", "+33 1 23 45 67 89 00", "0000000000", "+44 20 7946 0958", "téléphone", "3230"])(
    "@hardening the phone %j is refused",
    (typed) => {
      expect(normalisedFrenchPhone(typed)).toBeNull();
      expect(phoneField().safeParse(typed).success).toBe(false);
    },
  );

  it("@hardening a Caf's phone may be its four-digit service number, nobody else's", () => {
    expect(phoneField("Téléphone", { shortNumbers: true }).parse("3230")).toBe("3230");
    expect(phoneField("Téléphone", { shortNumbers: true }).parse("+33553123456")).toBe("05 53 12 34 56");
    expect(phoneField().safeParse("3230").error?.issues[0]?.message).toBe(
      "Téléphone : numéro français attendu, par exemple 05 53 12 34 56.",
    );
  });

  it.each(["47600", "75001", "20000", "97400", "01000", "95880"])(
    "@hardening the postcode %s has a French shape",
    (code) => {
      expect(postcodeField().parse(code)).toBe(code);
    },
  );

  it("@hardening a postcode not of the commune is refused with a message naming the commune's", () => {
    expect(postcodeMismatch("Code postal", "47600", { name: "Nérac", postcodes: ["47600"] })).toBeNull();
    expect(postcodeMismatch("Code postal", "47000", { name: "Nérac", postcodes: ["47600"] })).toBe(
      "Code postal : 47000 n'est pas un code postal de Nérac (code postal : 47600).",
    );
    expect(postcodeMismatch("Code postal", "47000", { name: "Villeneuve", postcodes: ["47310", "47300"] })).toBe(
      "Code postal : 47000 n'est pas un code postal de Villeneuve (codes postaux : 47300, 47310).",
    );
  });

  it.each(["Anaïs", "Jean-Pierre", "N'Diaye", "D’Artagnan", "Marie Ève", "Łukasz", "Zoé"])(
    "@hardening the personal name %j is accepted",
    (name) => {
      expect(personalName("Prénom").parse(` ${name} `)).toBe(name);
    },
  );

  it.each(["A", "-Jean", "Jean2", "Jean_Pierre", "Jean.", "x".repeat(101)])(
    "@hardening the personal name %j is refused",
    (name) => {
      expect(personalName("Prénom").safeParse(name).success).toBe(false);
    },
  );

  it("@hardening only real calendar days pass, and never as another day", () => {
    expect(calendarDay("Date").safeParse("2026-02-30").error?.issues[0]?.message).toBe(
      "Date : cette date n'existe pas.",
    );
    expect(calendarDay("Date").safeParse("2028-02-29").success).toBe(true);
    expect(calendarDay("Date").safeParse("2027-02-29").success).toBe(false);
    expect(calendarDay("Date").safeParse("2026-13-01").success).toBe(false);
    expect(calendarDay("Date").safeParse("").error?.issues[0]?.message).toBe("Date : champ obligatoire.");
    expect(pastOrTodayDate("Date de signature").safeParse("2026-02-30").success).toBe(false);
    expect(pastOrTodayDate("Date de signature").parse(day({ months: -1 }))).toEqual(
      new Date(`${day({ months: -1 })}T00:00:00Z`),
    );
    expect(pastOrTodayDate("Date de signature").safeParse(day({ days: 1 })).error?.issues[0]?.message).toMatch(
      /^Date de signature : le .* au plus tard \(la date ne peut pas être dans le futur\)\.$/,
    );
  });

  it("@hardening months are added on the calendar, the 31st becoming the month's last day", () => {
    expect(addMonths("2026-12-02", 18)).toBe("2028-06-02");
    expect(addMonths("2026-08-31", 18)).toBe("2028-02-29");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2026-01-15", 36)).toBe("2029-01-15");
  });
});
