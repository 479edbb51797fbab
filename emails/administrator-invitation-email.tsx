import { EmailLayout } from "./email-layout";

export type AdministratorInvitationEmailProps = { link: string; expiresAt: string };

export function AdministratorInvitationEmail({ link, expiresAt }: AdministratorInvitationEmailProps) {
  return (
    <EmailLayout title="Votre compte d'administrateur national">
      <p>Bonjour,</p>
      <p>
        Un compte d&apos;administrateur national (Cnaf) de l&apos;espace partenaires de monenfant.fr vient d&apos;être
        ouvert à votre adresse. Choisissez votre mot de passe en suivant ce lien :
      </p>
      <p>
        <a href={link}>{link}</a>
      </p>
      <p>Ce lien ne sert qu&apos;une fois et expire le {expiresAt}. Une nouvelle invitation remplace celle-ci.</p>
      <p>Si vous n&apos;attendiez pas ce message, ignorez-le : aucun mot de passe n&apos;est défini sans ce lien.</p>
    </EmailLayout>
  );
}
