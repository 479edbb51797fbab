import { EmailLayout } from "./email-layout";

export type HabilitationCafNotificationEmailProps = {
  reference: string;
  legalName: string;
  typeLabel: string;
  url: string;
};

export function HabilitationCafNotificationEmail({
  reference,
  legalName,
  typeLabel,
  url,
}: HabilitationCafNotificationEmailProps) {
  return (
    <EmailLayout title="Nouvelle demande d'habilitation à instruire">
      <p>
        Une nouvelle demande d'habilitation ({typeLabel}) a été déposée par <strong>{legalName}</strong>.
      </p>
      <p>
        Référence : <strong>{reference}</strong>
      </p>
      <p>
        Pour l'instruire : <a href={url}>{url}</a>
      </p>
    </EmailLayout>
  );
}
