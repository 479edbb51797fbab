/** A required line naming who signed a paper document (name, role), typed as received: no autofill. */
export function SignatoryField({ id, name, label }: { id: string; name: string; label: string }) {
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input id={id} name={name} required maxLength={200} autoComplete="off" className="field-input" />
    </div>
  );
}
