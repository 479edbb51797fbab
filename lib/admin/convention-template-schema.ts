import { z } from "zod";

export const conventionTypeSchema = z.enum(["STRUCTURES", "INFO_POINT"], { error: "Modèle inconnu." });

export const CONVENTION_TYPE_NAMES = { STRUCTURES: "Structures", INFO_POINT: "Lieu d'information" } as const;

export const templateDraftSchema = z.object({
  title: z
    .string({ error: "Le titre est obligatoire." })
    .trim()
    .min(5, "Le titre est obligatoire (5 caractères au moins).")
    .max(200, "Le titre dépasse 200 caractères."),
  body: z
    .string({ error: "Le texte est obligatoire." })
    .transform((body) => body.replace(/\r\n/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(50, "Le texte de la convention est trop court.")
        .max(50_000, "Le texte dépasse 50 000 caractères.")
        // An optional subject line may come first (printed under the title), then the articles.
        .refine(
          (body) => /^## /m.test(body),
          "Le texte doit contenir des titres d'article (lignes commençant par « ## »).",
        ),
    ),
});
