import type { Metadata } from "next";
import { Link } from "@/components/link";
import { requirePageUser } from "@/lib/auth/session";
import { CONVENTION_TYPE_NAMES } from "@/lib/admin/convention-template-schema";

export const metadata: Metadata = { title: "Modèles de convention" };

export default async function TemplatesPage() {
  await requirePageUser("/admin", "/admin/modeles");
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/admin">Administration nationale</Link>
      </p>
      <h1 className="text-3xl font-bold">Modèles de convention</h1>
      <ul className="space-y-2">
        {Object.entries(CONVENTION_TYPE_NAMES).map(([type, name]) => (
          <li key={type}>
            <Link href={`/admin/modeles/${type.toLowerCase()}`}>Modèle « {name} »</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
