import type { Metadata } from "next";
import { AVAILABILITY_COLUMNS, FACILITY_COLUMNS } from "@/lib/open-data/open-data-datasets";

export const metadata: Metadata = {
  title: "Données ouvertes",
  description:
    "Structures d'accueil référencées sur monenfant.fr et leurs disponibilités, en CSV et JSON, sans données personnelles.",
};

const DATASETS = [
  { name: "structures", title: "Structures d'accueil ouvertes", columns: FACILITY_COLUMNS },
  {
    name: "disponibilites",
    title: "Disponibilités en cours des EAJE (une ligne par disponibilité)",
    columns: AVAILABILITY_COLUMNS,
  },
];

export default function OpenDataPage() {
  return (
    <article className="max-w-4xl space-y-6">
      <h1 className="text-3xl font-bold">Données ouvertes</h1>
      <p>
        Les structures référencées par les Caf et les disponibilités publiées par leurs gestionnaires sont diffusées
        sous Licence Ouverte 2.0. Elles ne contiennent aucune donnée personnelle. Les noms de colonnes sont stables : de
        nouvelles colonnes peuvent s'ajouter à la fin.
      </p>
      {DATASETS.map((dataset) => (
        <section key={dataset.name} aria-labelledby={`jeu-${dataset.name}`} className="card">
          <h2 id={`jeu-${dataset.name}`} className="text-xl font-bold">
            {dataset.title}
          </h2>
          <p className="mt-2 flex gap-4">
            <a href={`/api/donnees-ouvertes/${dataset.name}.csv`}>
              CSV<span className="sr-only"> : {dataset.title}</span>
            </a>
            <a href={`/api/donnees-ouvertes/${dataset.name}.json`}>
              JSON<span className="sr-only"> : {dataset.title}</span>
            </a>
          </p>
          <p className="mt-2 text-sm">
            Colonnes : <code>{dataset.columns.join(", ")}</code>
          </p>
        </section>
      ))}
    </article>
  );
}
