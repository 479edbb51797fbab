import type { Metadata } from "next";
import { Link } from "@/components/link";
import { env } from "@/lib/env";
import { AVAILABILITY_RULES } from "@/lib/availability/availability-schema";
import { documentedErrorStatuses } from "@/lib/api/openapi";
import { DataTable, DataTableRow } from "@/components/data-table";

export const metadata: Metadata = {
  title: "API de transmission des disponibilités — éditeurs de logiciels",
  description:
    "Documentation de l'API monenfant.fr permettant aux logiciels de gestion des EAJE de transmettre les disponibilités d'accueil.",
};

const example = `{
  "noPlaceAvailable": false,
  "slots": [
    {
      "startDate": "2027-09-01",
      "endDate": null,
      "minAgeMonths": 10,
      "maxAgeMonths": 36,
      "careType": "REGULAR",
      "weekdays": [1, 2, 4, 5],
      "startTime": "08:00",
      "endTime": "18:00",
      "places": 2
    }
  ]
}`;

export default function DevelopersPage() {
  const base = `${env.APP_URL}/api/v1`;
  return (
    <article className="max-w-4xl space-y-6">
      <h1 className="text-3xl font-bold">API de transmission des disponibilités</h1>
      <p>
        Depuis l'arrêté du 31 août 2021, les gestionnaires d'établissements d'accueil du jeune enfant peuvent
        transmettre leurs disponibilités depuis leur logiciel de gestion. Cette API remplace, pour un EAJE, l'ensemble
        des disponibilités en cours, avec les mêmes règles et le même historique que l'espace partenaires.
      </p>
      <p>
        Description complète au format OpenAPI 3.1 : <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
      </p>
      <h2 className="text-2xl font-bold">Authentification</h2>
      <p>
        Une personne habilitée crée une clé dans son espace (<Link href="/espace-pro/cles-api">Clés d'API</Link>) et la
        saisit dans le logiciel. Chaque requête porte l'en-tête <code>Authorization: Bearer mek_…</code>. La clé agit au
        nom de cette personne, sur les seuls EAJE de son habilitation pour le gestionnaire choisi ; elle peut être
        révoquée à tout moment. Chaque clé est limitée à {env.API_RATE_LIMIT_PER_MINUTE} requêtes par minute.
      </p>
      <h2 className="text-2xl font-bold">Opérations</h2>
      <ul className="list-disc space-y-2 pl-5">
        <li>
          <code>GET {base}/structures</code> — les EAJE sur lesquels la clé peut publier, avec leur identifiant.
        </li>
        <li>
          <code>
            GET {base}/structures/{"{id}"}/disponibilites
          </code>{" "}
          — le jeu de disponibilités en cours.
        </li>
        <li>
          <code>
            PUT {base}/structures/{"{id}"}/disponibilites
          </code>{" "}
          — remplace tout le jeu en cours, publié immédiatement. Pour déclarer qu'aucune place n'est disponible :{" "}
          <code>{`{"noPlaceAvailable": true, "slots": []}`}</code>. Outre le schéma, le serveur vérifie ces règles
          (sinon 400) :
          <ul className="mt-2 list-disc pl-5">
            {AVAILABILITY_RULES.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </li>
      </ul>
      <h2 className="text-2xl font-bold">Exemple</h2>
      <pre className="overflow-x-auto bg-gris-fond p-4 text-sm">{`curl -X PUT ${base}/structures/ID/disponibilites \\
  -H "Authorization: Bearer mek_…" \\
  -H "Content-Type: application/json" \\
  -H "Idempotency-Key: logiciel-2026-11-22-0001" \\
  -d @disponibilites.json`}</pre>
      <pre className="overflow-x-auto bg-gris-fond p-4 text-sm">{example}</pre>
      <h2 className="text-2xl font-bold">Erreurs et reprises</h2>
      <p>
        Les erreurs suivent la RFC 9457 (<code>application/problem+json</code>) avec un détail en français ; pour un
        corps invalide, <code>errors</code> liste chaque champ en cause par un pointeur JSON. Une requête refusée ne
        modifie rien. L'en-tête facultatif <code>Idempotency-Key</code> permet de rejouer sans risque une requête dont
        la réponse a été perdue : la première réponse est renvoyée, sans nouvelle publication.
      </p>
      <DataTable caption="Codes de réponse de l'API et leur signification" columns={["Statut", "Signification"]}>
        {documentedErrorStatuses().map(([status, meaning]) => (
          <DataTableRow key={status}>
            <td className="p-2">{status}</td>
            <td className="p-2">{meaning}</td>
          </DataTableRow>
        ))}
      </DataTable>
      <h2 className="text-2xl font-bold">Données ouvertes</h2>
      <p>
        Les structures publiées et leurs disponibilités sont aussi diffusées en{" "}
        <Link href="/donnees-ouvertes">données ouvertes</Link> (CSV et JSON).
      </p>
    </article>
  );
}
