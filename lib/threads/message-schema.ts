import { z } from "zod";

export const messageSchema = z.object({
  body: z
    .string({ error: "Message : champ obligatoire." })
    .trim()
    .min(2, "Message : champ obligatoire.")
    .max(5000, "Message : 5000 caractères au maximum."),
});
