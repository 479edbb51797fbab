import { diffRequestVersions, type RequestVersionContent } from "@/lib/habilitation/request-version";
import { DataTable, DataTableRow, DataTableRowHeader } from "@/components/data-table";
import { formatMediumDateTime } from "@/lib/text/french-dates";

type Version = { number: number; content: unknown; createdAt: Date };

/** What the requester changed in their last correction, next to what they had sent before. */
export function RequestChanges({ versions }: { versions: Version[] }) {
  const [latest, previous] = versions;
  if (!latest || !previous) return null;
  const changes = diffRequestVersions(
    previous.content as RequestVersionContent,
    latest.content as RequestVersionContent,
  );
  return (
    <section aria-labelledby="changements" className="card space-y-2">
      <h2 id="changements" className="text-xl font-bold">
        Corrections du demandeur (version {latest.number}, {formatMediumDateTime(latest.createdAt)})
      </h2>
      {changes.length === 0 ? (
        <p>La demande a été renvoyée sans changement.</p>
      ) : (
        <DataTable
          caption="Éléments modifiés, avant et après"
          columns={["Élément", `Avant (version ${previous.number})`, "Après"]}
        >
          {changes.map((change) => (
            <DataTableRow key={`${change.section}-${change.item}`}>
              <DataTableRowHeader className="font-normal">
                {change.section} — {change.item}
              </DataTableRowHeader>
              <td className="p-2">{change.before ?? <em>(absent)</em>}</td>
              <td className="p-2">{change.after ?? <em>(retiré)</em>}</td>
            </DataTableRow>
          ))}
        </DataTable>
      )}
    </section>
  );
}
