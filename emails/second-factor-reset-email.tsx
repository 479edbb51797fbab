import { EmailLayout } from "./email-layout";

export type SecondFactorResetEmailProps = { firstName: string; loginUrl: string };

export function SecondFactorResetEmail({ firstName, loginUrl }: SecondFactorResetEmailProps) {
  return (
    <EmailLayout title="Votre second facteur a été réinitialisé">
      <p>Bonjour {firstName},</p>
      <p>
        L'administration nationale (Cnaf) a réinitialisé le second facteur d'authentification de votre compte sur
        l'espace partenaires de monenfant.fr : votre application d'authentification et vos codes de secours ne
        fonctionnent plus pour ce compte.
      </p>
      <p>
        À votre prochaine connexion sur <a href={loginUrl}>{loginUrl}</a>, après votre mot de passe, vous ajouterez de
        nouveau le compte dans votre application et recevrez de nouveaux codes de secours.
      </p>
      <p>Si vous n'avez pas demandé cette réinitialisation, prévenez immédiatement votre Caf ou la Cnaf.</p>
    </EmailLayout>
  );
}
