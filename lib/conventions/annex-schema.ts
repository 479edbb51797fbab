// What Annex 1 lists, as entered by a partner (habilitation request) or an agent (avenant). Shared by
// the browser forms and the server, so no server-only import here.
import { z } from "zod";
import { emailField, requiredText } from "@/lib/validation/fields";
import { personalName } from "@/lib/validation/text";

export const personSchema = z.object({
  firstName: personalName("Prénom"),
  lastName: personalName("Nom"),
  email: emailField(),
  jobTitle: requiredText("Fonction", 150),
});

export type PersonInput = z.input<typeof personSchema>;

export const facilitySelectionSchema = z
  .object({
    facilityId: z.string().min(1).max(40),
    operatingInfo: z.boolean(),
    availabilities: z.boolean(),
  })
  .refine((selection) => selection.operatingInfo || selection.availabilities, {
    error: "Cochez au moins une publication (modalités de fonctionnement ou disponibilités).",
    path: ["operatingInfo"],
  });
