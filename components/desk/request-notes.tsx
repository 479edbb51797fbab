import type { SessionUser } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms/form-state";
import { listRequestNotes } from "@/lib/desk/list-request-notes";
import { ActionForm } from "@/components/forms/action-form";
import { TextAreaField } from "@/components/forms/textarea-field";
import { formatMediumDateTime } from "@/lib/text/french-dates";

/** Private notes of the Caf's agents on a request (never shown to the partner). */
export async function RequestNotes({
  actor,
  requestId,
  add,
}: {
  actor: SessionUser;
  requestId: string;
  add: (state: FormState, form: FormData) => Promise<FormState>;
}) {
  const notes = await listRequestNotes(actor, requestId);
  return (
    <section aria-labelledby="notes" className="card space-y-3">
      <h2 id="notes" className="text-xl font-bold">
        Notes internes
      </h2>
      <p className="text-sm text-texte-mention">Visibles des seuls agents de la Caf, jamais du partenaire.</p>
      {notes.length > 0 && (
        <ul className="space-y-2">
          {notes.map((note) => (
            <li key={note.id}>
              <span className="text-sm font-bold">
                {note.author.firstName} {note.author.lastName}, {formatMediumDateTime(note.createdAt)} :
              </span>{" "}
              <span className="whitespace-pre-line">{note.body}</span>
            </li>
          ))}
        </ul>
      )}
      <ActionForm action={add} submitLabel="Ajouter la note" variant="secondary">
        <TextAreaField id="note-body" name="body" label="Nouvelle note interne" rows={3} />
      </ActionForm>
    </section>
  );
}
