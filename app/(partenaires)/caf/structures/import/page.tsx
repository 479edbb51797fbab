import type { Metadata } from "next";
import { Link } from "@/components/link";
import { requirePageUser } from "@/lib/auth/session";
import { listCafChoices } from "@/lib/catalogue/list-caf-choices";
import { listFacilityImports } from "@/lib/catalogue/list-facility-imports";
import { IMPORT_COLUMNS } from "@/lib/catalogue/parse-facility-csv";
import { ImportUploadForm } from "@/components/catalogue/import-upload-form";
import { IMPORT_STATE_NAMES } from "@/lib/catalogue/import-state-names";
import { formatShortDateTime } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Importer des structures" };

export default async function ImportPage() {
  const user = await requirePageUser("/caf", "/caf/structures/import");
  const isCnaf = user.role === "CNAF_ADMIN";
  const [cafs, imports] = await Promise.all([
    isCnaf ? listCafChoices() : undefined,
    isCnaf ? [] : listFacilityImports(user),
  ]);
  return (
    <div className="max-w-3xl space-y-8">
      <div>
        <p className="text-sm">
          <Link href="/caf/structures">Catalogue des structures</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">Importer des structures</h1>
      </div>
      <section aria-labelledby="format" className="space-y-2">
        <h2 id="format" className="text-xl font-bold">
          Format du fichier
        </h2>
        <p>
          Une ligne d'en-tête puis une structure par ligne, avec les colonnes : {Object.keys(IMPORT_COLUMNS).join(", ")}
          . Les colonnes identifiant, type, nom, adresse, code_postal et code_insee (ou commune) sont obligatoires.
          L'identifiant est celui de votre système : importer de nouveau une structure avec le même identifiant met sa
          fiche à jour, sans doublon.
        </p>
        <p>
          <a href="/caf/structures/import/modele" download>
            Télécharger le modèle de fichier (CSV)
          </a>
        </p>
      </section>
      <section aria-labelledby="depot" className="card space-y-4">
        <h2 id="depot" className="text-xl font-bold">
          Déposer un fichier
        </h2>
        <p>
          Le fichier est d'abord vérifié sans rien enregistrer. Vous lancez l'import après avoir consulté le résultat ;
          il est réalisé en entier ou pas du tout.
        </p>
        <ImportUploadForm cafs={cafs} />
      </section>
      {imports.length > 0 && (
        <section aria-labelledby="derniers">
          <h2 id="derniers" className="text-xl font-bold">
            Derniers imports
          </h2>
          <ul className="mt-2 space-y-1">
            {imports.map((item) => (
              <li key={item.id}>
                <Link href={`/caf/structures/import/${item.id}`}>{item.fileName}</Link> —{" "}
                {formatShortDateTime(item.createdAt)} — {item.lineCount} lignes — {IMPORT_STATE_NAMES[item.state]}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
