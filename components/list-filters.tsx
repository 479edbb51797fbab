import type { HabilitationStatus } from "@/lib/generated/prisma/enums";
import { HABILITATION_STATUS_NAMES } from "@/lib/habilitation/habilitation-state-machine";

export type FilterField =
  | { kind: "search"; name: string; label: string; value?: string }
  | { kind: "select"; name: string; label: string; value?: string; emptyLabel: string; options: Record<string, string> }
  | { kind: "checkbox"; name: string; label: string; value: string; checked: boolean };

/** The status select of the Caf's request lists (desk and all requests), named as the status filter reads it. */
export function habilitationStatusField(
  value: HabilitationStatus | undefined,
  labels: { label: string; emptyLabel: string },
): FilterField {
  return { kind: "select", name: "status", value, options: HABILITATION_STATUS_NAMES, ...labels };
}

/** The GET form above a list: filters live in the URL, so a filtered list can be shared and works without JavaScript. */
export function ListFilters({ label, fields }: { label: string; fields: FilterField[] }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-4" role="search" aria-label={label}>
      {fields.map((field) =>
        field.kind === "checkbox" ? (
          <div key={field.name} className="flex items-center gap-2 pb-2">
            <input
              id={field.name}
              name={field.name}
              type="checkbox"
              value={field.value}
              defaultChecked={field.checked}
            />
            <label htmlFor={field.name}>{field.label}</label>
          </div>
        ) : (
          <div key={field.name}>
            <label htmlFor={field.name} className="field-label">
              {field.label}
            </label>
            {field.kind === "search" ? (
              <input
                id={field.name}
                name={field.name}
                type="search"
                defaultValue={field.value ?? ""}
                className="field-input"
              />
            ) : (
              <select id={field.name} name={field.name} defaultValue={field.value ?? ""} className="field-input">
                <option value="">{field.emptyLabel}</option>
                {Object.entries(field.options).map(([value, optionLabel]) => (
                  <option key={value} value={value}>
                    {optionLabel}
                  </option>
                ))}
              </select>
            )}
          </div>
        ),
      )}
      <button type="submit" className="btn-primary">
        Filtrer
      </button>
    </form>
  );
}
