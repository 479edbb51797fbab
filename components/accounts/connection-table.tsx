import { DataTable, DataTableRow } from "@/components/data-table";
import { CONNECTION_EVENT_LABELS, SIGN_IN_METHOD_LABELS, type ConnectionRow } from "@/lib/auth/connection-events";
import { formatShortDateTimeWithSeconds } from "@/lib/text/french-dates";

/** Connection events as an accessible data table (caption, column headers). */
export function ConnectionTable({ caption, rows }: { caption: string; rows: ConnectionRow[] }) {
  const withPerson = rows.some((row) => row.person);
  return (
    <DataTable
      caption={caption}
      className="mt-4 text-sm"
      columns={[
        "Date et heure",
        "Événement",
        "Méthode",
        ...(withPerson ? ["Personne"] : []),
        "Adresse IP",
        "Navigateur",
      ]}
    >
      {rows.map((row) => (
        <DataTableRow key={row.id} className="align-top">
          <td className="p-2 whitespace-nowrap">{formatShortDateTimeWithSeconds(row.at)}</td>
          <td className="p-2">{CONNECTION_EVENT_LABELS[row.event]}</td>
          <td className="p-2">{row.method ? SIGN_IN_METHOD_LABELS[row.method] : "—"}</td>
          {withPerson && (
            <td className="p-2">
              {row.person?.name ?? row.person?.identifier}
              {row.person?.personalNumber != null && (
                <span className="block text-texte-mention">n° {row.person.personalNumber}</span>
              )}
            </td>
          )}
          <td className="p-2">{row.ip ?? "—"}</td>
          <td className="max-w-xs p-2 break-words">{row.userAgent ?? "—"}</td>
        </DataTableRow>
      ))}
    </DataTable>
  );
}
