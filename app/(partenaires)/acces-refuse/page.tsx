import type { Metadata } from "next";
import { Link } from "@/components/link";

export const metadata: Metadata = { title: "Accès refusé" };

export default function AccessDeniedPage() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Accès refusé</h1>
      <p className="mt-4">Votre habilitation ne permet pas d'accéder à cette page.</p>
      <p className="mt-2">Si vous pensez qu'il s'agit d'une erreur, contactez votre Caf.</p>
      <Link href="/espace" className="btn-primary mt-6">
        Retour à mon espace
      </Link>
    </div>
  );
}
