import { ActionForm } from "@/components/forms/action-form";
import { TextAreaField } from "@/components/forms/textarea-field";
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
      <TextAreaField id={id} name="body" label={label} hint={hint} />
    </ActionForm>
  );
}
