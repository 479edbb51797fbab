import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { ActionForm } from "@/components/forms/action-form";
import { updateCafAction, updateCafSignInRequirementsAction } from "../../actions";

export const metadata: Metadata = { title: "Coordonnées de la Caf" };

const FIELDS = [
  { name: "name", label: "Nom de la Caf" },
  { name: "directorName", label: "Directeur ou directrice (signataire des conventions) : prénom et nom" },
  { name: "directorTitle", label: "Titre du signataire (par exemple Directrice, Directeur par intérim)" },
  { name: "street", label: "Adresse postale" },
  { name: "postcode", label: "Code postal" },
  { name: "city", label: "Ville" },
  { name: "email", label: "Courriel de notification (nouvelles demandes)", type: "email" },
  { name: "phone", label: "Téléphone (facultatif)", type: "tel" },
] as const;

export default async function CafPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser("/admin", `/admin/cafs/${id}`);
  const caf = await db.caf.findUnique({ where: { id }, include: { departement: { select: { name: true } } } });
  if (!caf) notFound();
  return (
    <div className="max-w-2xl space-y-6">
      <p className="text-sm">
        <Link href="/admin/cafs">Toutes les Caf</Link>
      </p>
      <h1 className="text-3xl font-bold">{caf.name}</h1>
      <p>
        Département {caf.departementCode} — {caf.departement.name}.{" "}
        <Link href={`/admin/agents?caf=${caf.id}`}>Agents de cette Caf</Link>
      </p>
      <ActionForm action={updateCafAction.bind(null, caf.id)} submitLabel="Enregistrer">
        <div>
          <label htmlFor="directorCivility" className="field-label">
            Civilité du signataire des conventions
          </label>
          <select
            id="directorCivility"
            name="directorCivility"
            defaultValue={caf.directorCivility}
            className="field-input"
          >
            <option value="">Choisir</option>
            <option value="Madame">Madame</option>
            <option value="Monsieur">Monsieur</option>
          </select>
        </div>
        {FIELDS.map((field) => (
          <div key={field.name}>
            <label htmlFor={field.name} className="field-label">
              {field.label}
            </label>
            <input
              id={field.name}
              name={field.name}
              type={"type" in field ? field.type : "text"}
              defaultValue={caf[field.name] ?? ""}
              className="field-input"
            />
          </div>
        ))}
      </ActionForm>
      <section aria-labelledby="exigences-connexion" className="card space-y-4">
        <h2 id="exigences-connexion" className="text-xl font-bold">
          Connexion des agents de cette Caf
        </h2>
        <p>
          À la demande de la Caf. Le second facteur est toujours exigé des administrateurs de la Cnaf ; les personnes
          habilitées des partenaires se connectent avec leur mot de passe.
        </p>
        <ActionForm
          action={updateCafSignInRequirementsAction.bind(null, caf.id)}
          submitLabel="Enregistrer les exigences"
        >
          <fieldset className="space-y-2">
            <legend className="field-label">Exigences</legend>
            <div>
              <input
                id="requireSecondFactor"
                name="requireSecondFactor"
                type="checkbox"
                defaultChecked={caf.requireSecondFactor}
              />{" "}
              <label htmlFor="requireSecondFactor">
                Exiger un second facteur (code d'une application d'authentification après le mot de passe, ou connexion
                ProConnect renforcée)
              </label>
            </div>
            <div>
              <input
                id="requireProConnect"
                name="requireProConnect"
                type="checkbox"
                defaultChecked={caf.requireProConnect}
              />{" "}
              <label htmlFor="requireProConnect">Exiger la connexion avec ProConnect (plus de mot de passe)</label>
            </div>
          </fieldset>
        </ActionForm>
      </section>
    </div>
  );
}
