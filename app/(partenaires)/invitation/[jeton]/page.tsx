import type { Metadata } from "next";
import { findOpenInvitation, INVALID_INVITATION_MESSAGE } from "@/lib/auth/accept-invitation";
import { AcceptInvitationForm } from "@/components/accounts/accept-invitation-form";
import { acceptInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Choisir votre mot de passe", referrer: "no-referrer" };

export default async function InvitationPage({ params }: { params: Promise<{ jeton: string }> }) {
  const { jeton } = await params;
  const invitation = await findOpenInvitation(jeton);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Choisir votre mot de passe</h1>
      {invitation ? (
        <>
          <p className="mt-2">
            Compte : <strong>{invitation.user.email}</strong>. Ce lien ne sert qu&apos;une fois.
          </p>
          <AcceptInvitationForm acceptAction={acceptInvitationAction.bind(null, jeton)} />
        </>
      ) : (
        <p className="mt-4" role="alert">
          {INVALID_INVITATION_MESSAGE}
        </p>
      )}
    </div>
  );
}
