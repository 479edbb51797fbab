import Link from "next/link";

/** What an invalid, expired or closed follow-up link shows: the same for all three, on purpose. */
export function FollowUpRefused({ message }: { message: string }) {
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Lien de suivi inactif</h1>
      <p className="notice-error">{message}</p>
      <Link href="/">Retour à l'accueil</Link>
    </div>
  );
}
