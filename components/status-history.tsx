import { formatShortDateTime } from "@/lib/text/french-dates";

type HistoryEvent<S extends string> = {
  id: string;
  at: Date;
  toStatus: S;
  reason: string | null;
  actor: { firstName: string; lastName: string; personalNumber: number } | null;
};

/** Who moved a file to which status, when and why (state machine events). */
export function StatusHistory<S extends string>({
  events,
  names,
}: {
  events: HistoryEvent<S>[];
  names: Record<S, string>;
}) {
  return (
    <section aria-labelledby="historique">
      <h2 id="historique" className="text-xl font-bold">
        Historique
      </h2>
      <ol className="mt-2 space-y-1">
        {events.map((event) => (
          <li key={event.id}>
            {formatShortDateTime(event.at)} — {names[event.toStatus]}
            {event.actor
              ? ` — par ${event.actor.firstName} ${event.actor.lastName} (n° ${event.actor.personalNumber})`
              : ""}
            {event.reason ? ` — ${event.reason}` : ""}
          </li>
        ))}
      </ol>
    </section>
  );
}
