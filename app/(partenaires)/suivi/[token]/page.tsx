import type { Metadata } from "next";
import { Link } from "@/components/link";
import type { FollowUp } from "@/lib/habilitation/get-follow-up";
import { HABILITATION_STATUS_NAMES } from "@/lib/habilitation/habilitation-state-machine";
import { WithFollowUp } from "@/components/habilitation/follow-up-refused";
import { MessageThread } from "@/components/threads/message-thread";
import { MessageForm } from "@/components/threads/message-form";
import { replyFromFollowUpAction } from "./actions";
import { formatLongDay } from "@/lib/text/french-dates";

export const metadata: Metadata = { title: "Suivi de votre demande d'habilitation", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

export default async function FollowUpPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <WithFollowUp token={token}>{(followUp) => <FollowUpContent token={token} followUp={followUp} />}</WithFollowUp>
  );
}

function FollowUpContent({ token, followUp }: { token: string; followUp: FollowUp }) {
  return (
    <div className="max-w-3xl space-y-8">
      <div>
        <h1 className="text-3xl font-bold">Suivi de votre demande {followUp.reference}</h1>
        <p className="mt-2">
          {followUp.legalName} — instruite par la {followUp.caf.name} —{" "}
          <strong>Statut : {HABILITATION_STATUS_NAMES[followUp.status]}</strong>
        </p>
      </div>

      {followUp.changesRequested && (
        <section aria-labelledby="complements" className="card space-y-3 border-bleu">
          <h2 id="complements" className="text-xl font-bold">
            La Caf vous demande des compléments
          </h2>
          <blockquote className="border-l-4 border-bleu bg-bleu-clair p-3">{followUp.changesRequested}</blockquote>
          <Link href={`/suivi/${token}/corriger`} className="btn-primary inline-block">
            Corriger ma demande
          </Link>
        </section>
      )}

      <section aria-labelledby="etapes">
        <h2 id="etapes" className="text-xl font-bold">
          Les étapes de votre demande
        </h2>
        <ol className="mt-2 space-y-2 border-l-4 border-gray-300 pl-4">
          {followUp.timeline.map((step, index) => (
            <li key={index}>
              <span className="font-bold">{formatLongDay(step.at)}</span> : {step.title}
              {step.detail && <p className="text-texte-mention">« {step.detail} »</p>}
            </li>
          ))}
        </ol>
      </section>

      <MessageThread
        titleId="echanges"
        title="Échanges avec la Caf"
        messages={followUp.request.messages}
        partnerName={followUp.legalName}
      >
        <MessageForm id="reply" label="Votre message à la Caf" action={replyFromFollowUpAction.bind(null, token)} />
      </MessageThread>

      <section aria-labelledby="suite" className="card">
        <h2 id="suite" className="text-xl font-bold">
          Et maintenant ?
        </h2>
        <p className="mt-2">{followUp.nextStep}</p>
        <p className="mt-2 text-sm">
          Une question ? {followUp.caf.name} : {followUp.caf.email}
          {followUp.caf.phone && `, ${followUp.caf.phone}`} (rappelez la référence {followUp.reference}).
        </p>
      </section>
    </div>
  );
}
