import type { Metadata } from "next";

export const metadata: Metadata = { title: "Déclaration d'accessibilité" };

export default function AccessibilityPage() {
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Déclaration d'accessibilité</h1>
      <p>
        La Cnaf s'engage à rendre ses services numériques accessibles, conformément à l'article 47 de la loi n° 2005-102
        du 11 février 2005. Ce service vise la conformité au référentiel général d'amélioration de l'accessibilité
        (RGAA).
      </p>
      <h2 className="text-xl font-bold">État de conformité</h2>
      <p>L'espace partenaires est partiellement conforme : l'audit complet n'a pas encore été réalisé.</p>
      <p>Chaque page est contrôlée automatiquement (axe) lors des tests du service.</p>
      <h2 className="text-xl font-bold">Signaler un défaut</h2>
      <p>
        Si vous ne pouvez pas accéder à un contenu ou à un service, contactez votre Caf pour être orienté vers une
        alternative accessible.
      </p>
    </article>
  );
}
