/** The mandatory reason of a refusal or a withdrawal, sent to the partner. */
export function ReasonField({ id, label }: { id: string; label: string }) {
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label} (obligatoire)
      </label>
      <span id={`${id}-hint`} className="field-hint">
        Transmis au partenaire par courriel : 10 caractères au minimum.
      </span>
      <textarea
        id={id}
        name="reason"
        required
        minLength={10}
        maxLength={1000}
        rows={3}
        aria-describedby={`${id}-hint`}
        className="field-input"
      />
    </div>
  );
}
