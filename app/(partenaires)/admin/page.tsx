import type { Metadata } from "next";
import { Link } from "@/components/link";
import { requirePageUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Administration nationale" };

export default async function AdminHomePage() {
  await requirePageUser("/admin", "/admin");
  const [cafs, agents, facilities, partners] = await Promise.all([
    db.caf.count(),
    db.user.count({ where: { role: "CAF_AGENT", active: true } }),
    db.facility.count({ where: { status: "OPEN" } }),
    db.user.count({ where: { role: { in: ["PROVIDER_USER", "INFO_POINT_USER"] }, active: true } }),
  ]);
  const figures = [
    { label: "Caf", value: cafs },
    { label: "Agents de Caf actifs", value: agents },
    { label: "Structures référencées", value: facilities },
    { label: "Personnes habilitées actives", value: partners },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Administration nationale (Cnaf)</h1>
      <ul className="grid gap-4 sm:grid-cols-4">
        {figures.map((figure) => (
          <li key={figure.label} className="card">
            <p className="text-3xl font-bold">{figure.value.toLocaleString("fr-FR")}</p>
            <p>{figure.label}</p>
          </li>
        ))}
      </ul>
      <nav aria-label="Administration">
        <ul className="flex flex-wrap gap-4">
          <li>
            <Link href="/admin/cafs" className="btn-secondary">
              Caf
            </Link>
          </li>
          <li>
            <Link href="/admin/agents" className="btn-secondary">
              Agents des Caf
            </Link>
          </li>
          <li>
            <Link href="/admin/modeles" className="btn-secondary">
              Modèles de convention
            </Link>
          </li>
          <li>
            <Link href="/admin/exploitation" className="btn-secondary">
              Exploitation
            </Link>
          </li>
          <li>
            <Link href="/caf/structures" className="btn-secondary">
              Catalogue des structures
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}
