import { describe, expect, it } from "vitest";
import { familyRequestSchema } from "@/lib/family-requests/family-request-schema";
import { habilitationRequestSchema } from "@/lib/habilitation/request-schema";

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
        "Date de naissance : date attendue.",
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
