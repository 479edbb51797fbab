import type { Metadata } from "next";
import { requestPasswordResetAction } from "@/app/(partenaires)/mot-de-passe-oublie/actions";
import { PasswordResetForm } from "@/components/accounts/password-reset-form";

export const metadata: Metadata = { title: "Mot de passe oublié" };

export default function LostPasswordPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Mot de passe oublié</h1>
      <p className="mt-2">
        Indiquez votre identifiant : si un compte y correspond, un nouveau mot de passe provisoire vous est envoyé par
        courriel. Il devra être remplacé dès la connexion.
      </p>
      <PasswordResetForm requestAction={requestPasswordResetAction} />
    </div>
  );
}
