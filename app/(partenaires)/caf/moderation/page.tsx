import type { Metadata } from "next";
import { Link } from "@/components/link";
import { requirePageUser } from "@/lib/auth/session";
import { listStaleFacilities } from "@/lib/moderation/list-stale-facilities";
import { STALE_AFTER_DAYS } from "@/lib/availability/freshness";
import { Pagination } from "@/components/pagination";
import { DataTable, DataTableRow } from "@/components/data-table";
import { formatLongDay } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Fraîcheur des disponibilités" };

export default async function StaleAvailabilitiesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePageUser("/caf", "/caf/moderation");
  const page = Number((await searchParams).page) || 1;
  const { count, pageCount, facilities } = await listStaleFacilities(user, page);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/caf">Espace Caf</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">Fraîcheur des disponibilités</h1>
        <p className="mt-2">
          {count} EAJE dont les disponibilités n'ont pas été mises à jour depuis plus de {STALE_AFTER_DAYS} jours. Leurs
          personnes habilitées reçoivent un rappel par courriel au plus une fois par semaine ; la page publique signale
          l'ancienneté des données.
        </p>
      </div>
      {facilities.length > 0 && (
        <DataTable
          caption="EAJE aux disponibilités anciennes, la plus ancienne mise à jour en premier"
          columns={["Structure", "Commune", "Dernière mise à jour", "Dernier rappel"]}
        >
          {facilities.map((facility) => (
            <DataTableRow key={facility.id}>
              <td className="p-2">
                <Link href={`/caf/moderation/${facility.id}`}>{facility.name}</Link>
              </td>
              <td className="p-2">{facility.commune.name}</td>
              <td className="p-2">
                {facility.availabilitiesUpdatedAt ? formatLongDay(facility.availabilitiesUpdatedAt) : "—"}
              </td>
              <td className="p-2">
                {facility.lastAvailabilityReminderAt ? formatLongDay(facility.lastAvailabilityReminderAt) : "—"}
              </td>
            </DataTableRow>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pageCount={pageCount} basePath="/caf/moderation" params={{}} />
    </div>
  );
}
