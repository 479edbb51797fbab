import { isAvailabilityStale, STALE_AFTER_DAYS } from "@/lib/availability/freshness";
import { formatLongDateTime } from "@/lib/text/french-dates";

/** The date of the last update, flagged when older than a week (order of 31 August 2021). */
export function FreshnessNotice({ updatedAt, audience }: { updatedAt: Date | null; audience: "public" | "partner" }) {
  if (!updatedAt) return <p>Disponibilités jamais publiées.</p>;
  const stale = isAvailabilityStale(updatedAt);
  return (
    <div>
      <p>
        Dernière mise à jour :{" "}
        <strong>
          <time dateTime={updatedAt.toISOString()}>{formatLongDateTime(updatedAt)}</time>
        </strong>
      </p>
      {stale && (
        <p className="mt-2 border-l-4 border-alerte bg-orange-50 p-2 text-alerte">
          {audience === "public"
            ? `Attention : ces disponibilités n'ont pas été mises à jour depuis plus de ${STALE_AFTER_DAYS} jours et peuvent ne plus être exactes. Contactez la structure.`
            : `À mettre à jour : plus de ${STALE_AFTER_DAYS} jours sans mise à jour.`}
        </p>
      )}
    </div>
  );
}
