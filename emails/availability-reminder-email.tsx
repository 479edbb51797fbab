import { EmailLayout } from "./email-layout";

type Props = { firstName: string; facilityName: string; lastUpdate: string | null; editUrl: string };

export function AvailabilityReminderEmail({ firstName, facilityName, lastUpdate, editUrl }: Props) {
  return (
    <EmailLayout title={`Mettez à jour les disponibilités de ${facilityName}`}>
      <p>Bonjour {firstName},</p>
      <p>
        {lastUpdate ? (
          <>
            Les disponibilités de <strong>{facilityName}</strong> n'ont pas été mises à jour depuis le {lastUpdate}.
          </>
        ) : (
          <>
            Aucune disponibilité n'a encore été publiée pour <strong>{facilityName}</strong>.
          </>
        )}{" "}
        La réglementation demande une mise à jour au moins chaque semaine : les familles voient la date de la dernière
        mise à jour, et des disponibilités anciennes sont signalées comme telles.
      </p>
      <p>Si rien n'a changé, publiez de nouveau le même ensemble, ou déclarez qu'aucune place n'est disponible.</p>
      <p>
        <a href={editUrl}>Mettre à jour les disponibilités</a>
      </p>
      <p style={{ fontSize: "12px" }}>
        Vous recevez ce rappel au plus une fois par semaine, tant que les disponibilités ne sont pas mises à jour.
      </p>
    </EmailLayout>
  );
}
