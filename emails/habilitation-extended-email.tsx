import { EmailLayout } from "./email-layout";

export function HabilitationExtendedEmail({
  firstName,
  conventionNumber,
  loginUrl,
}: {
  firstName: string;
  conventionNumber: string;
  loginUrl: string;
}) {
  return (
    <EmailLayout title="Votre habilitation est étendue">
      <p>Bonjour {firstName},</p>
      <p>
        Vous êtes désormais habilité(e) au titre de la convention <strong>{conventionNumber}</strong>. Connectez-vous
        avec votre identifiant et votre mot de passe habituels sur <a href={loginUrl}>{loginUrl}</a> : les structures ou
        communes concernées apparaissent dans votre espace.
      </p>
    </EmailLayout>
  );
}
