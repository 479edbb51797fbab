import { Link } from "@/components/link";
import { getCurrentUser } from "@/lib/auth/session";
import { homeFor } from "@/lib/auth/areas";
import { LogoutButton } from "@/components/logout-button";

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="border-b border-gray-300 bg-white" role="banner">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <div className="flex items-center gap-6">
          <p className="text-sm font-bold uppercase leading-tight" aria-hidden="true">
            République
            <br />
            française
          </p>
          <div>
            <Link href="/" className="text-xl font-bold text-texte no-underline">
              monenfant.fr
            </Link>
            <p className="text-sm text-texte-mention">Espace partenaires — habilitations, disponibilités, informations</p>
          </div>
        </div>
        <nav aria-label="Accès rapide">
          <ul className="flex flex-wrap items-center gap-4 text-sm">
            {user ? (
              <>
                <li>
                  <Link href={homeFor(user.role)}>
                    {user.firstName} {user.lastName}
                  </Link>
                </li>
                <li>
                  <Link href="/mon-compte">Mon compte</Link>
                </li>
                <li>
                  <LogoutButton />
                </li>
              </>
            ) : (
              <>
                <li>
                  <Link href="/demande-habilitation">Demander une habilitation</Link>
                </li>
                <li>
                  <Link href="/connexion" className="btn-secondary">
                    Se connecter
                  </Link>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
