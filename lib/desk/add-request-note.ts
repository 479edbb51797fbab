import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { findRequestInScope } from "@/lib/habilitation/find-request-in-scope";

export const requestNoteSchema = z.object({
  body: z
    .string({ error: "Note : champ obligatoire." })
    .trim()
    .min(2, "Note : champ obligatoire.")
    .max(5000, "Note : 5000 caractères au maximum."),
});

/** A private note of the Caf's agents on a request: kept with it, never shown to the partner. */
export async function addRequestNote(actor: SessionUser, requestId: string, input: unknown) {
  const { body } = requestNoteSchema.parse(input);
  const request = await findRequestInScope(actor, requestId);
  return db.requestNote.create({ data: { requestId: request.id, authorId: actor.id, body }, select: { id: true } });
}
