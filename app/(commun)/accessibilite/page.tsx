import type { Metadata } from "next";
import { ACCESSIBILITY_STATUS } from "@/components/site-footer";

export const metadata: Metadata = { title: "Déclaration d'accessibilité" };

// RGAA: a service that has not had a conformity audit must declare itself « non conforme », and the
// mention in the footer says the same. Change both (ACCESSIBILITY_STATUS) only after an audit.
export default function AccessibilityPage() {
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Déclaration d'accessibilité</h1>
      <p>
        La Caisse nationale des allocations familiales (Cnaf) s'engage à rendre ses services numériques accessibles,
        conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration d'accessibilité
        s'applique à monenfant.fr : l'espace partenaires, la recherche d'un mode d'accueil et la demande d'information
        des familles.
      </p>

      <h2 className="text-xl font-bold">État de conformité</h2>
      <p>
        monenfant.fr est <strong>{ACCESSIBILITY_STATUS}</strong> avec le référentiel général d'amélioration de
        l'accessibilité (RGAA), version 4.1 : aucun audit de conformité n'a encore été réalisé, il n'y a donc pas de
        taux de conformité à publier.
      </p>

      <h2 className="text-xl font-bold">Ce qui est vérifié</h2>
      <p>En attendant l'audit, chaque version du service passe les contrôles automatiques suivants :</p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          chaque page est analysée par l'outil axe (critères WCAG 2.1 niveaux A et AA qu'un outil peut vérifier) ;
        </li>
        <li>
          les parcours principaux (demande d'habilitation, recherche, demande d'information, connexion et
          disponibilités, mot de passe oublié) sont parcourus au clavier seul, en vérifiant la position du focus et ce
          que restitue l'arbre d'accessibilité ;
        </li>
        <li>
          ces parcours sont affichés sur un écran de 320 et de 375 pixels de large : aucun défilement horizontal, des
          zones cliquables d'au moins 24 × 24 pixels.
        </li>
      </ul>
      <p>Ces contrôles ne remplacent pas un audit : ils ne permettent pas de déclarer le service conforme.</p>

      <h2 className="text-xl font-bold">Contenus non accessibles connus</h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          Les documents PDF produits par le service (conventions, avenants, attestations, demandes des familles) ne sont
          pas balisés : leur structure n'est pas restituée par les lecteurs d'écran.
        </li>
      </ul>

      <h2 className="text-xl font-bold">Établissement de cette déclaration</h2>
      <p>Cette déclaration a été établie le 2 décembre 2026.</p>
      <p>
        Technologies utilisées : HTML, CSS, JavaScript (la recherche d'un mode d'accueil fonctionne sans JavaScript).
        Contrôles réalisés avec le navigateur Chromium, l'outil axe-core et la navigation au clavier.
      </p>

      <h2 className="text-xl font-bold">Retour d'information et contact</h2>
      <p>
        Si vous ne pouvez pas accéder à un contenu ou à un service, contactez votre Caf pour être orienté vers une
        alternative accessible ou obtenir le contenu sous une autre forme.
      </p>

      <h2 className="text-xl font-bold">Voies de recours</h2>
      <p>
        Si vous avez signalé un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un service et que
        vous n'avez pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des droits :
      </p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          par le formulaire en ligne :{" "}
          <a href="https://formulaire.defenseurdesdroits.fr/">formulaire.defenseurdesdroits.fr</a> ;
        </li>
        <li>par téléphone : 09 69 39 00 00 ;</li>
        <li>par courrier (gratuit, sans timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.</li>
      </ul>
    </article>
  );
}
