import { ActionForm } from "@/components/forms/action-form";
import type { FormState } from "@/lib/forms/form-state";

/** Self-assign or reassign: a select of the Caf's agents and one button. */
export function AssignForm({
  id,
  label,
  current,
  agents,
  action,
}: {
  id: string;
  label: string;
  current?: string;
  agents: { id: string; firstName: string; lastName: string }[];
  action: (state: FormState, form: FormData) => Promise<FormState>;
}) {
  return (
    <ActionForm action={action} submitLabel="Attribuer" variant="secondary">
      <div>
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        <select id={id} name="assignee" defaultValue={current ?? "personne"} className="field-input">
          <option value="personne">Personne</option>
          <option value="moi">Moi</option>
          {agents.map((agent) => (
            <option key={agent.id} value={agent.id}>
              {agent.firstName} {agent.lastName}
            </option>
          ))}
        </select>
      </div>
    </ActionForm>
  );
}
