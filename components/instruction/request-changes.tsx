import { diffRequestVersions, type RequestVersionContent } from "@/lib/habilitation/request-version";

const dateTimeFormat = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/Paris",
});

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
        Corrections du demandeur (version {latest.number}, {dateTimeFormat.format(latest.createdAt)})
      </h2>
      {changes.length === 0 ? (
        <p>La demande a été renvoyée sans changement.</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-texte">
              <th scope="col" className="p-2">
                Élément
              </th>
              <th scope="col" className="p-2">
                Avant (version {previous.number})
              </th>
              <th scope="col" className="p-2">
                Après
              </th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={`${change.section}-${change.item}`} className="border-b border-gray-300">
                <th scope="row" className="p-2 text-left font-normal">
                  {change.section} — {change.item}
                </th>
                <td className="p-2">{change.before ?? <em>(absent)</em>}</td>
                <td className="p-2">{change.after ?? <em>(retiré)</em>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
