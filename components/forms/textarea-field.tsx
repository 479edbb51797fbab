/** A labelled multi-line field of a server-action form, its hint announced with it. */
export function TextAreaField({
  id,
  name,
  label,
  hint,
  minLength,
  rows = 4,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  minLength?: number;
  rows?: number;
}) {
  return (
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
        name={name}
        required
        minLength={minLength}
        rows={rows}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="field-input"
      />
    </div>
  );
}
