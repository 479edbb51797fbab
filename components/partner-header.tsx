import { Link } from "@/components/link";
import { homeFor } from "@/lib/auth/areas";
import { LogoutButton } from "@/components/logout-button";
import { HeaderBar } from "@/components/header-bar";
import type { SessionUser } from "@/lib/auth/session";
import type { PartnerAccess } from "@/lib/partner-space/get-partner-access";

// The partners' space as browsers and search engines name it (app/layout.tsx, pages/index.tsx).
export const PARTNER_SPACE_TITLE = "Espace partenaires — monenfant.fr";
export const PARTNER_SPACE_DESCRIPTION =
  "Espace des partenaires de monenfant.fr : habilitations des gestionnaires de structures, disponibilités d'accueil et informations des crèches.";

/** The header of the partners' pages: the signed-in person's links, or the ways in (`user` null). */
export function PartnerHeader({ user, access = null }: { user: SessionUser | null; access?: PartnerAccess | null }) {
  return (
    <HeaderBar tagline="Espace partenaires — habilitations, disponibilités, informations">
      {user ? (
        <>
          <li>
            <Link href={homeFor(user.role)}>
              {user.firstName} {user.lastName}
            </Link>
          </li>
          {access?.structures && (
            <li>
              <Link href="/espace-pro">Mes structures</Link>
            </li>
          )}
          {access?.infoPoint && (
            <li>
              <Link href="/espace-pro/demandes-familles">Demandes des familles</Link>
            </li>
          )}
          {access && (access.structures || access.infoPoint) && (
            <li>
              <Link href="/espace-pro/convention">Ma convention</Link>
            </li>
          )}
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
