import { Link } from "@/components/link";

/** What a visitor reads on an address that leads nowhere (HTTP 404). */
export function NotFoundMessage() {
  return (
    <div className="max-w-2xl">
      <p className="text-sm text-texte-mention">Erreur 404</p>
      <h1 className="text-3xl font-bold">Page introuvable</h1>
      <p className="mt-4">La page que vous cherchez n'existe pas, a été déplacée ou ne vous est pas accessible.</p>
      <Link href="/" className="btn-primary mt-6">
        Retour à l'accueil
      </Link>
    </div>
  );
}
