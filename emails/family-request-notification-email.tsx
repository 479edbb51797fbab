import { EmailLayout } from "./email-layout";

// Deliberately without the family's personal data: it stays in the extranet.
export function FamilyRequestNotificationEmail({
  reference,
  communeName,
  url,
}: {
  reference: string;
  communeName: string;
  url: string;
}) {
  return (
    <EmailLayout title="Nouvelle demande d'information d'une famille">
      <p>
        Une famille a envoyé une demande d'information pour la commune de <strong>{communeName}</strong> (référence{" "}
        {reference}).
      </p>
      <p>
        Consultez-la dans votre espace : <a href={url}>{url}</a>. Elle doit être récupérée dans les quinze jours.
      </p>
    </EmailLayout>
  );
}
