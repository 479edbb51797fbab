import type { SessionUser } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms/form-state";
import { listCafThread } from "@/lib/threads/list-caf-thread";
import { MessageThread } from "./message-thread";
import { MessageForm } from "./message-form";

/** The agent's side of a thread: the messages and the form that e-mails the partner. */
export async function CafThread({
  actor,
  target,
  partnerName,
  recipients,
  post,
}: {
  actor: SessionUser;
  target: { requestId: string } | { conventionId: string };
  partnerName: string;
  recipients: string;
  post: (state: FormState, form: FormData) => Promise<FormState>;
}) {
  const messages = await listCafThread(actor, target);
  return (
    <MessageThread titleId="echanges" title="Échanges avec le partenaire" messages={messages} partnerName={partnerName}>
      <MessageForm
        id="caf-message"
        label="Votre message au partenaire"
        hint={`Envoyé par courriel ${recipients}.`}
        action={post}
      />
    </MessageThread>
  );
}
