// Field rules shared by every public form; messages are shown to users: French, precise.
import { z } from "zod";
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
