import type { Metadata } from "next";

export const metadata: Metadata = { title: "Mentions légales" };

export default function LegalNoticePage() {
  return (
    <article className="prose max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Mentions légales</h1>
      <h2 className="text-xl font-bold">Éditeur</h2>
      <p>
        Caisse nationale des allocations familiales (Cnaf), établissement public national à caractère administratif.
      </p>
      <h2 className="text-xl font-bold">Directeur de la publication</h2>
      <p>Le directeur général de la Cnaf.</p>
      <h2 className="text-xl font-bold">Hébergement</h2>
      <p>Les données sont hébergées en France, sur les infrastructures de la branche Famille.</p>
      <h2 className="text-xl font-bold">Contenus publiés par les partenaires</h2>
      <p>
        Les disponibilités et informations des structures sont publiées sous la responsabilité de leurs gestionnaires,
        habilités par leur Caf. La Caf peut retirer à tout moment un contenu contraire aux règles de publication.
      </p>
    </article>
  );
}
