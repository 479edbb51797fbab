import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { homeFor } from "@/lib/auth/areas";
import { LoginForm } from "@/components/login-form";
import { beginEnrolmentAction, confirmEnrolmentAction } from "./actions";
import { ProConnectButton } from "@/components/proconnect-button";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { isProConnectConfigured } from "@/lib/auth/oidc/proconnect-provider";
import { proConnectMessage } from "@/lib/auth/oidc/proconnect-errors";

export const metadata: Metadata = { title: "Connexion" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string; invitation?: string }>;
}) {
  const { callbackUrl, error, invitation } = await searchParams;
  const user = await getCurrentUser();
  if (user) redirect(safeCallbackUrl(callbackUrl) ?? homeFor(user.role));
  const target = safeCallbackUrl(callbackUrl) ?? "/espace";
  const proConnect = isProConnectConfigured();
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Connexion à l'espace partenaires</h1>
      {invitation === "acceptee" && (
        <p className="mt-4 font-bold" role="status">
          Votre mot de passe est enregistré : connectez-vous.
        </p>
      )}
      {error && (
        <p role="alert" className="notice-error mt-4 font-bold">
          {proConnectMessage(error)}
        </p>
      )}
      {proConnect && (
        <section aria-labelledby="proconnect-title" className="mt-6">
          <h2 id="proconnect-title" className="text-xl font-bold">
            Agents des Caf et de la Cnaf
          </h2>
          <ProConnectButton callbackUrl={target} />
        </section>
      )}
      <section aria-labelledby={proConnect ? "password-title" : undefined} className="mt-8">
        {proConnect && (
          <h2 id="password-title" className="text-xl font-bold">
            Avec votre identifiant et votre mot de passe
          </h2>
        )}
        <p className="mt-2 text-texte-mention">Votre identifiant est votre adresse électronique professionnelle.</p>
        <LoginForm
          callbackUrl={target}
          enrolmentActions={{ begin: beginEnrolmentAction, confirm: confirmEnrolmentAction }}
        />
      </section>
    </div>
  );
}
