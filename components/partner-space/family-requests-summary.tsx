import { Link } from "@/components/link";
import type { SessionUser } from "@/lib/auth/session";
import { listInfoPointRequests } from "@/lib/family-requests/list-info-point-requests";
import { formatShortDay } from "@/lib/text/french-dates";

const STATUS_NAMES = { NEW: "Nouvelle", DOWNLOADED: "Récupérée", HANDLED: "Traitée" } as const;
const SHOWN = 10;

/** The information point's home: its communes and its latest families' requests. */
export async function FamilyRequestsSummary({ actor, communes }: { actor: SessionUser; communes: string[] }) {
  const { total, requests } = await listInfoPointRequests(actor, {});
  const waiting = await listInfoPointRequests(actor, { status: "NEW" });
  return (
    <section aria-labelledby="demandes-familles" className="space-y-3">
      <h2 id="demandes-familles" className="text-xl font-bold">
        Demandes des familles
      </h2>
      <p>Communes couvertes : {communes.join(", ")}.</p>
      <p>
        {waiting.total} nouvelle{waiting.total > 1 ? "s" : ""} demande{waiting.total > 1 ? "s" : ""} à récupérer sur{" "}
        {total} au total.
      </p>
      {requests.length > 0 && (
        <ul className="list-disc pl-5">
          {requests.slice(0, SHOWN).map((request) => (
            <li key={request.id}>
              {request.reference} — {request.commune.name} — transmise le {formatShortDay(request.transmittedAt)} —{" "}
              {STATUS_NAMES[request.status]}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/espace-pro/demandes-familles" className="btn-primary inline-block">
          Voir et récupérer les demandes des familles
        </Link>
      </p>
    </section>
  );
}
