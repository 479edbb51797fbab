import type { Metadata } from "next";
import { Link } from "@/components/link";
import { requirePageUser } from "@/lib/auth/session";
import { listOwnConnections } from "@/lib/auth/list-own-connections";
import { ConnectionTable } from "@/components/accounts/connection-table";
import { homeFor } from "@/lib/auth/areas";

export const metadata: Metadata = { title: "Mon compte" };

const ROLE_LABELS = {
  CNAF_ADMIN: "Administration nationale (Cnaf)",
  CAF_AGENT: "Agent de Caf",
  PROVIDER_USER: "Personne habilitée d'un gestionnaire de structures",
  INFO_POINT_USER: "Personne habilitée d'un lieu d'information",
} as const;

export default async function MyAccountPage({ searchParams }: { searchParams: Promise<{ motDePasse?: string }> }) {
  const user = await requirePageUser("/mon-compte", "/mon-compte");
  const { motDePasse } = await searchParams;
  const connections = await listOwnConnections(user);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Mon compte</h1>
      {motDePasse === "modifie" && (
        <p role="status" className="border-l-4 border-succes bg-green-50 p-4 font-bold">
          Votre mot de passe a été changé. Vos autres sessions ont été fermées.
        </p>
      )}
      <section aria-labelledby="identite" className="card max-w-2xl">
        <h2 id="identite" className="text-xl font-bold">
          Mon identité
        </h2>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="font-bold">Nom</dt>
          <dd>
            {user.firstName} {user.lastName}
          </dd>
          <dt className="font-bold">Identifiant</dt>
          <dd>{user.email}</dd>
          <dt className="font-bold">Rôle</dt>
          <dd>{ROLE_LABELS[user.role]}</dd>
          <dt className="font-bold">N° d'identification personnel</dt>
          <dd data-testid="personal-number">{user.personalNumber}</dd>
        </dl>
        <p className="mt-4 text-sm text-texte-mention">
          Ce numéro accompagne chacune de vos saisies (avec la date et l'heure) ; votre Caf peut les consulter.
        </p>
        <p className="mt-4 flex flex-wrap gap-4">
          <Link href="/mon-compte/mot-de-passe" className="btn-primary">
            Changer mon mot de passe
          </Link>
          <Link href={homeFor(user.role)} className="btn-secondary">
            Retour à mon espace
          </Link>
        </p>
      </section>
      <section aria-labelledby="connexions">
        <h2 id="connexions" className="text-xl font-bold">
          Mes dernières connexions
        </h2>
        <p className="mt-2">Si une connexion ne vient pas de vous, changez votre mot de passe et prévenez votre Caf.</p>
        {connections.length === 0 ? (
          <p className="mt-4">Aucune connexion enregistrée.</p>
        ) : (
          <ConnectionTable caption="Mes dernières connexions" rows={connections} />
        )}
      </section>
    </div>
  );
}
