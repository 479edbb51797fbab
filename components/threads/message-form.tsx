import { ActionForm } from "@/components/forms/action-form";
import type { FormState } from "@/lib/forms/form-state";

/** Writing in a thread: one labelled text area. */
export function MessageForm({
  id,
  label,
  hint,
  action,
}: {
  id: string;
  label: string;
  hint?: string;
  action: (state: FormState, form: FormData) => Promise<FormState>;
}) {
  return (
    <ActionForm action={action} submitLabel="Envoyer le message" pendingLabel="Envoi…">
      <div>
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {hint && (
          <span id={`${id}-hint`} className="field-hint">
            {hint}
          </span>
        )}
        <textarea
          id={id}
          name="body"
          required
          rows={4}
          aria-describedby={hint ? `${id}-hint` : undefined}
          className="field-input"
        />
      </div>
    </ActionForm>
  );
}
