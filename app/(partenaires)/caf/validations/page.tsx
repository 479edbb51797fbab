import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { listPendingOperatingInfo } from "@/lib/operating-info/list-pending-operating-info";
import { Pagination } from "@/components/pagination";

export const metadata: Metadata = { title: "Modalités de fonctionnement à valider" };

const dateTimeFormat = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "short",
  timeStyle: "short",
  timeZone: "Europe/Paris",
});

export default async function ValidationQueuePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePageUser("/caf", "/caf/validations");
  const page = Number((await searchParams).page) || 1;
  const queue = await listPendingOperatingInfo(user, page);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/caf">Espace Caf</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">Modalités de fonctionnement à valider</h1>
        <p className="mt-2">
          {queue.count} version{queue.count > 1 ? "s" : ""} en attente, la plus ancienne en premier.
        </p>
      </div>
      {queue.versions.length > 0 && (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Versions en attente de validation</caption>
          <thead>
            <tr className="border-b-2 border-texte">
              <th scope="col" className="p-2">
                Structure
              </th>
              <th scope="col" className="p-2">
                Commune
              </th>
              <th scope="col" className="p-2">
                Soumise le
              </th>
              <th scope="col" className="p-2">
                N° d'identification
              </th>
              <th scope="col" className="p-2">
                Nature
              </th>
            </tr>
          </thead>
          <tbody>
            {queue.versions.map((version) => (
              <tr key={version.id} className="border-b border-gray-300">
                <td className="p-2">
                  <Link href={`/caf/validations/${version.id}`}>{version.facility.name}</Link>
                </td>
                <td className="p-2">
                  {version.facility.commune.name} ({version.facility.caf.departementCode})
                </td>
                <td className="p-2">{version.submittedAt ? dateTimeFormat.format(version.submittedAt) : "—"}</td>
                <td className="p-2">{version.submittedByPersonalNumber}</td>
                <td className="p-2">
                  {version.facility.publishedOperatingInfoId ? "Modification" : "Première publication"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} pageCount={queue.pageCount} basePath="/caf/validations" params={{}} />
    </div>
  );
}
