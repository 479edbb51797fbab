import { Link } from "@/components/link";
import { getCurrentUser } from "@/lib/auth/session";
import { homeFor } from "@/lib/auth/areas";
import { LogoutButton } from "@/components/logout-button";
import { HeaderBar } from "@/components/header-bar";

/** The header of the partners' pages: the signed-in person's links, or the ways in. */
export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <HeaderBar tagline="Espace partenaires — habilitations, disponibilités, informations">
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
    </HeaderBar>
  );
}
