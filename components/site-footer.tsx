import { Link } from "@/components/link";

/** The RGAA conformity status, as the footer mention and the accessibility statement both state it. */
export const ACCESSIBILITY_STATUS = "non conforme";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t-2 border-bleu bg-white" role="contentinfo">
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm">
        <p className="mb-4 text-texte-mention">
          monenfant.fr est le site de la Caisse nationale des allocations familiales (Cnaf) qui aide les familles à
          trouver un mode d'accueil pour leurs enfants.
        </p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/accessibilite">Accessibilité : {ACCESSIBILITY_STATUS}</Link>
          </li>
          <li>
            <Link href="/mentions-legales">Mentions légales</Link>
          </li>
          <li>
            <Link href="/donnees-personnelles">Données personnelles</Link>
          </li>
          <li>
            <Link href="/demande-information">Demande d'information des familles</Link>
          </li>
          <li>
            <Link href="/donnees-ouvertes">Données ouvertes</Link>
          </li>
          <li>
            <Link href="/developpeurs">API pour les éditeurs de logiciels</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
