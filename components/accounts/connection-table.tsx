import {
  CONNECTION_EVENT_LABELS,
  SIGN_IN_METHOD_LABELS,
  connectionDateFormat,
  type ConnectionRow,
} from "@/lib/auth/connection-events";

/** Connection events as an accessible data table (caption, column headers). */
export function ConnectionTable({ caption, rows }: { caption: string; rows: ConnectionRow[] }) {
  const withPerson = rows.some((row) => row.person);
  return (
    <div className="overflow-x-auto">
      <table className="mt-4 w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-texte">
            <th scope="col" className="p-2">
              Date et heure
            </th>
            <th scope="col" className="p-2">
              Événement
            </th>
            <th scope="col" className="p-2">
              Méthode
            </th>
            {withPerson && (
              <th scope="col" className="p-2">
                Personne
              </th>
            )}
            <th scope="col" className="p-2">
              Adresse IP
            </th>
            <th scope="col" className="p-2">
              Navigateur
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-gray-300 align-top">
              <td className="p-2 whitespace-nowrap">{connectionDateFormat.format(row.at)}</td>
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
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
