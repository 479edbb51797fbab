import { isoDay } from "@/lib/validation/dates";

/** A required date of an event that already happened (sending, signature): today by default, never later. */
export function PastDateField({ id, name, label }: { id: string; name: string; label: string }) {
  const today = isoDay(new Date());
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="date"
        required
        max={today}
        defaultValue={today}
        className="field-input max-w-xs"
      />
    </div>
  );
}
