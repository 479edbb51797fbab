import { Link } from "@/components/link";
import { HeaderBar } from "@/components/header-bar";

/**
 * The header of the families' pages: the same for everyone, since families have no account here (and
 * reading no session keeps these pages shareable by the public page cache).
 */
export function FamilyHeader() {
  return (
    <HeaderBar tagline="Trouver un mode d'accueil pour votre enfant">
      <li>
        <Link href="/recherche">Rechercher un mode d'accueil</Link>
      </li>
      <li>
        <Link href="/demande-information">Demande d'information</Link>
      </li>
      <li>
        <Link href="/" className="btn-secondary">
          Espace partenaires
        </Link>
      </li>
    </HeaderBar>
  );
}
