import type { ReactNode } from "react";
import { Link } from "@/components/link";
import { getFollowUp, type FollowUp } from "@/lib/habilitation/get-follow-up";
import { DomainError } from "@/lib/errors";

/** What an invalid, expired or closed follow-up link shows: the same for all three, on purpose. */
function FollowUpRefused({ message }: { message: string }) {
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Lien de suivi inactif</h1>
      <p className="notice-error">{message}</p>
      <Link href="/">Retour à l'accueil</Link>
    </div>
  );
}

/** A follow-up page: its content when the link opens a request, the refusal otherwise. */
export async function WithFollowUp({
  token,
  children,
}: {
  token: string;
  children: (followUp: FollowUp) => ReactNode;
}) {
  let followUp: FollowUp;
  try {
    followUp = await getFollowUp(token);
  } catch (error) {
    if (error instanceof DomainError) return <FollowUpRefused message={error.message} />;
    throw error;
  }
  return children(followUp);
}
