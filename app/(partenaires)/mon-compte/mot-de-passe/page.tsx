import type { Metadata } from "next";
import { Link } from "@/components/link";
import { requirePageUser, PASSWORD_CHANGE_PATH } from "@/lib/auth/session";
import { changePasswordAction } from "@/app/(partenaires)/mon-compte/mot-de-passe/actions";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";

export const metadata: Metadata = { title: "Changer mon mot de passe" };

export default async function ChangePasswordPage() {
  const user = await requirePageUser("/mon-compte", PASSWORD_CHANGE_PATH, { passwordChangePage: true });
  return (
    <div>
      <h1 className="text-3xl font-bold">
        {user.mustChangePassword ? "Choisissez votre mot de passe" : "Changer mon mot de passe"}
      </h1>
      {user.mustChangePassword ? (
        <p className="mt-4 max-w-2xl border-l-4 border-bleu bg-bleu-clair p-4">
          Vous vous êtes connecté avec un mot de passe provisoire. Remplacez-le par un mot de passe personnel pour
          accéder à votre espace.
        </p>
      ) : (
        <p className="mt-2">
          <Link href="/mon-compte">Retour à mon compte</Link>
        </p>
      )}
      <p className="mt-4 max-w-2xl">
        Une fois le mot de passe changé, vos autres sessions ouvertes (sur un autre poste, par exemple) sont fermées.
      </p>
      <ChangePasswordForm forced={user.mustChangePassword} changeAction={changePasswordAction} />
    </div>
  );
}
