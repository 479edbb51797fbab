import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { homeFor } from "@/lib/auth/areas";
import { LoginForm } from "@/components/login-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

export const metadata: Metadata = { title: "Connexion" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; invitation?: string }>;
}) {
  const { callbackUrl, invitation } = await searchParams;
  const user = await getCurrentUser();
  if (user) redirect(safeCallbackUrl(callbackUrl) ?? homeFor(user.role));
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Connexion à l'espace partenaires</h1>
      {invitation === "acceptee" && (
        <p className="mt-4 font-bold" role="status">
          Votre mot de passe est enregistré : connectez-vous.
        </p>
      )}
      <p className="mt-2 text-texte-mention">Votre identifiant est votre adresse électronique professionnelle.</p>
      <LoginForm callbackUrl={safeCallbackUrl(callbackUrl) ?? "/espace"} />
    </div>
  );
}
