import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { AccessDeniedError, requirePageUser } from "@/lib/auth/session";
import { findCafAgent } from "@/lib/admin/find-caf-agent";
import { listCafChoices } from "@/lib/catalogue/list-caf-choices";
import { ActionForm } from "@/components/forms/action-form";
import { secondFactorStatus } from "@/lib/admin/reset-second-factor";
import { deactivateCafAgentAction, moveCafAgentAction, resetSecondFactorAction } from "../../actions";
import { formatShortDay } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Agent de Caf" };

export default async function AgentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser("/admin", `/admin/agents/${id}`);
  const [agent, cafs] = await Promise.all([
    findCafAgent(id).catch((error: unknown) => {
      if (error instanceof AccessDeniedError) notFound();
      throw error;
    }),
    listCafChoices(),
  ]);
  const secondFactor = await secondFactorStatus(agent.id);
  return (
    <div className="max-w-2xl space-y-8">
      <div>
        <p className="text-sm">
          <Link href="/admin/agents">Tous les agents</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">
          {agent.firstName} {agent.lastName}
        </h1>
        <p>
          {agent.email} — n° d'identification {agent.personalNumber} —{" "}
          {agent.caf ? `${agent.caf.departementCode} — ${agent.caf.name}` : "sans Caf"} —{" "}
          <strong>{agent.active ? "Compte actif" : "Compte désactivé"}</strong>
        </p>
      </div>
      {agent.active && (
        <>
          <section aria-labelledby="deplacer" className="card space-y-4">
            <h2 id="deplacer" className="text-xl font-bold">
              Rattacher à une autre Caf
            </h2>
            <ActionForm
              action={moveCafAgentAction.bind(null, agent.id)}
              submitLabel="Changer de Caf"
              variant="secondary"
            >
              <div>
                <label htmlFor="cafId" className="field-label">
                  Nouvelle Caf
                </label>
                <select id="cafId" name="cafId" defaultValue="" className="field-input">
                  <option value="">Choisir une Caf</option>
                  {cafs
                    .filter((caf) => caf.id !== agent.cafId)
                    .map((caf) => (
                      <option key={caf.id} value={caf.id}>
                        {caf.label}
                      </option>
                    ))}
                </select>
              </div>
            </ActionForm>
          </section>
          <section aria-labelledby="second-facteur" className="card space-y-4">
            <h2 id="second-facteur" className="text-xl font-bold">
              Second facteur
            </h2>
            {secondFactor ? (
              <>
                <p>
                  Activé le {formatShortDay(secondFactor.enrolledAt)} ; {secondFactor.unusedRecoveryCodes} code(s) de
                  secours inutilisé(s). Si l'agent a perdu son application et ses codes de secours, réinitialisez-le :
                  il en activera un nouveau à sa prochaine connexion et en est informé par courriel.
                </p>
                <ActionForm
                  action={resetSecondFactorAction.bind(null, agent.id)}
                  submitLabel="Réinitialiser le second facteur"
                  variant="secondary"
                >
                  <div>
                    <label htmlFor="second-factor-reason" className="field-label">
                      Motif (obligatoire)
                    </label>
                    <input
                      type="text"
                      id="second-factor-reason"
                      name="reason"
                      maxLength={500}
                      required
                      className="field-input"
                    />
                  </div>
                </ActionForm>
              </>
            ) : (
              <p>Aucun second facteur activé.</p>
            )}
          </section>
          <section aria-labelledby="desactiver" className="card space-y-4">
            <h2 id="desactiver" className="text-xl font-bold">
              Désactiver le compte
            </h2>
            <p>L'agent ne peut plus se connecter ; ses sessions ouvertes sont fermées immédiatement.</p>
            <ActionForm
              action={deactivateCafAgentAction.bind(null, agent.id)}
              submitLabel="Désactiver le compte"
              variant="secondary"
            >
              <div>
                <label htmlFor="reason" className="field-label">
                  Motif (facultatif)
                </label>
                <input type="text" id="reason" name="reason" maxLength={500} className="field-input" />
              </div>
            </ActionForm>
          </section>
        </>
      )}
    </div>
  );
}
