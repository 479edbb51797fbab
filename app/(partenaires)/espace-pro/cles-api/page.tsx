import type { Metadata } from "next";
import { Link } from "@/components/link";
import { requirePageUser } from "@/lib/auth/session";
import { listMyApiKeys } from "@/lib/api/manage-api-keys";
import { ActionForm } from "@/components/forms/action-form";
import { RevocationAnnouncer, RevokeKeyForm } from "@/components/portal/api-key-revocation";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";
import { formatShortDateTime } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Clés d'API" };

export default async function ApiKeysPage() {
  const user = await requirePageUser("/espace-pro", "/espace-pro/cles-api");
  const { keys, providers } = await listMyApiKeys(user);
  return (
    <div className="max-w-4xl space-y-8">
      <div>
        <h1 className="text-3xl font-bold">Clés d'API pour votre logiciel de gestion</h1>
        <p className="mt-2">
          Votre logiciel de gestion peut transmettre les disponibilités de vos établissements d'accueil du jeune enfant
          à votre place. Chaque clé est personnelle : elle agit en votre nom, sur les seuls établissements pour lesquels
          vous êtes habilité(e). <Link href="/developpeurs">Documentation de l'API</Link>.
        </p>
      </div>
      {providers.length === 0 ? (
        <p className="border-l-4 border-bleu bg-bleu-clair p-3">
          Votre habilitation ne comprend la publication de disponibilités pour aucun établissement.
        </p>
      ) : (
        <section aria-labelledby="nouvelle-cle" className="card">
          <h2 id="nouvelle-cle" className="text-xl font-bold">
            Créer une clé
          </h2>
          <ActionForm action={createApiKeyAction} submitLabel="Créer la clé">
            <div>
              <label htmlFor="name" className="field-label">
                Nom de la clé
              </label>
              <span id="name-hint" className="field-hint">
                Par exemple le nom du logiciel ou du poste qui l'utilise
              </span>
              <input
                type="text"
                id="name"
                name="name"
                required
                minLength={3}
                maxLength={80}
                aria-describedby="name-hint"
                className="field-input"
              />
            </div>
            <div>
              <label htmlFor="providerId" className="field-label">
                Gestionnaire
              </label>
              <select id="providerId" name="providerId" className="field-input">
                {providers.map((provider) => (
                  <option key={provider.id} value={provider.id}>
                    {provider.legalName}
                  </option>
                ))}
              </select>
            </div>
          </ActionForm>
        </section>
      )}
      <section aria-labelledby="mes-cles">
        <h2 id="mes-cles" className="text-xl font-bold">
          Mes clés
        </h2>
        <RevocationAnnouncer>
          {keys.length === 0 ? (
            <p className="mt-2">Aucune clé.</p>
          ) : (
            <ul className="mt-2 space-y-3">
              {keys.map((key) => (
                <li key={key.id} className="card">
                  <p>
                    <strong>{key.name}</strong> — <code>mek_{key.prefix}_…</code> — {key.provider.legalName}
                  </p>
                  <p className="text-sm">
                    Créée le {formatShortDateTime(key.createdAt)} —{" "}
                    {key.lastUsedAt
                      ? `dernière utilisation le ${formatShortDateTime(key.lastUsedAt)}`
                      : "jamais utilisée"}
                    {key.revokedAt && ` — révoquée le ${formatShortDateTime(key.revokedAt)}`}
                  </p>
                  {!key.revokedAt && (
                    <RevokeKeyForm action={revokeApiKeyAction.bind(null, key.id)} keyName={key.name} />
                  )}
                </li>
              ))}
            </ul>
          )}
        </RevocationAnnouncer>
      </section>
    </div>
  );
}
