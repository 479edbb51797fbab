import { EmailLayout } from "./email-layout";

export function FamilyRequestConfirmationEmail({
  reference,
  infoPointName,
  communeName,
}: {
  reference: string;
  infoPointName: string;
  communeName: string;
}) {
  return (
    <EmailLayout title="Votre demande d'information est transmise">
      <p>Bonjour,</p>
      <p>
        Votre demande d'information sur les modes d'accueil à {communeName} a été transmise au lieu d'information{" "}
        <strong>{infoPointName}</strong>, qui vous répondra directement.
      </p>
      <p>
        Référence : <strong>{reference}</strong>
      </p>
      <p>
        Vos données personnelles ne servent qu'à répondre à votre demande ; elles sont supprimées six mois après leur
        transmission.
      </p>
    </EmailLayout>
  );
}
