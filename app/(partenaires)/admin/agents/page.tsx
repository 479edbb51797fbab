import type { Metadata } from "next";
import { Link } from "@/components/link";
import { requirePageUser } from "@/lib/auth/session";
import { listCafAgents } from "@/lib/admin/list-caf-agents";
import { listCafChoices } from "@/lib/catalogue/list-caf-choices";
import { ActionForm } from "@/components/forms/action-form";
import { Pagination } from "@/components/pagination";
import { inviteCafAgentAction } from "../actions";
import { DataTable, DataTableRow } from "@/components/data-table";

export const metadata: Metadata = { title: "Agents des Caf" };

export default async function AgentListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const user = await requirePageUser("/admin", "/admin/agents");
  const [{ query, total, pageCount, agents }, cafs] = await Promise.all([
    listCafAgents(user, params),
    listCafChoices(),
  ]);
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href="/admin">Administration nationale</Link>
      </p>
      <h1 className="text-3xl font-bold">Agents des Caf</h1>
      <form method="get" className="flex flex-wrap items-end gap-4" role="search" aria-label="Filtrer les agents">
        <div>
          <label htmlFor="q" className="field-label">
            Nom ou courriel
          </label>
          <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className="field-input" />
        </div>
        <div>
          <label htmlFor="caf" className="field-label">
            Caf
          </label>
          <select id="caf" name="caf" defaultValue={query.caf ?? ""} className="field-input">
            <option value="">Toutes</option>
            {cafs.map((caf) => (
              <option key={caf.id} value={caf.id}>
                {caf.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="active" className="field-label">
            Compte
          </label>
          <select id="active" name="active" defaultValue={query.active ?? ""} className="field-input">
            <option value="">Tous</option>
            <option value="1">Actif</option>
            <option value="0">Désactivé</option>
          </select>
        </div>
        <button type="submit" className="btn-primary">
          Filtrer
        </button>
      </form>
      <p role="status">
        {total} agent{total > 1 ? "s" : ""}
      </p>
      {agents.length > 0 && (
        <DataTable
          caption="Agents des Caf par ordre alphabétique"
          columns={["Agent", "N° d'identification", "Caf", "Compte"]}
        >
          {agents.map((agent) => (
            <DataTableRow key={agent.id}>
              <td className="p-2">
                <Link href={`/admin/agents/${agent.id}`}>
                  {agent.lastName.toUpperCase()} {agent.firstName}
                </Link>
                <br />
                <span className="text-sm">{agent.email}</span>
              </td>
              <td className="p-2">{agent.personalNumber}</td>
              <td className="p-2">{agent.caf ? `${agent.caf.departementCode} — ${agent.caf.name}` : "—"}</td>
              <td className="p-2">{agent.active ? "Actif" : "Désactivé"}</td>
            </DataTableRow>
          ))}
        </DataTable>
      )}
      <Pagination
        page={query.page}
        pageCount={pageCount}
        basePath="/admin/agents"
        params={{ q: query.q, caf: query.caf, active: query.active }}
      />

      <section aria-labelledby="inviter" className="card max-w-2xl space-y-4">
        <h2 id="inviter" className="text-xl font-bold">
          Inviter un agent
        </h2>
        <p>
          Le compte est créé avec un mot de passe provisoire, envoyé par courriel à l'agent, qui le remplace à sa
          première connexion.
        </p>
        <ActionForm action={inviteCafAgentAction} submitLabel="Créer le compte et envoyer l'invitation">
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <label htmlFor="firstName" className="field-label">
                Prénom
              </label>
              <input type="text" id="firstName" name="firstName" autoComplete="off" className="field-input" />
            </div>
            <div>
              <label htmlFor="lastName" className="field-label">
                Nom
              </label>
              <input type="text" id="lastName" name="lastName" autoComplete="off" className="field-input" />
            </div>
          </div>
          <div>
            <label htmlFor="email" className="field-label">
              Adresse électronique professionnelle
            </label>
            <input id="email" name="email" type="email" autoComplete="off" className="field-input" />
          </div>
          <div>
            <label htmlFor="jobTitle" className="field-label">
              Fonction (facultatif)
            </label>
            <input type="text" id="jobTitle" name="jobTitle" autoComplete="off" className="field-input" />
          </div>
          <div>
            <label htmlFor="cafId" className="field-label">
              Caf
            </label>
            <select id="cafId" name="cafId" defaultValue={query.caf ?? ""} className="field-input">
              <option value="">Choisir une Caf</option>
              {cafs.map((caf) => (
                <option key={caf.id} value={caf.id}>
                  {caf.label}
                </option>
              ))}
            </select>
          </div>
        </ActionForm>
      </section>
    </div>
  );
}
