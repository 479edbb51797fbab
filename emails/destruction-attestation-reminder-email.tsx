import { EmailLayout } from "./email-layout";

type Props = {
  firstName: string;
  infoPointName: string;
  requestCount: number;
  deadline: string;
  late: boolean;
  signUrl: string;
};

export function DestructionAttestationReminderEmail({
  firstName,
  infoPointName,
  requestCount,
  deadline,
  late,
  signUrl,
}: Props) {
  const requests = requestCount > 1 ? `${requestCount} demandes d'information` : "une demande d'information";
  return (
    <EmailLayout title={`Attestation de destruction à signer — ${infoPointName}`}>
      <p>Bonjour {firstName},</p>
      <p>
        {late ? (
          <>
            L'attestation de destruction de {requests} de familles transmises à <strong>{infoPointName}</strong> devait
            être signée au plus tard le {deadline}. Elle est <strong>en retard</strong> et la Caf en est informée.
          </>
        ) : (
          <>
            Les données de {requests} de familles transmises à <strong>{infoPointName}</strong> ont dépassé la durée de
            conservation de six mois. Détruisez toutes vos copies (PDF, XML, impressions) et signez l'attestation de
            destruction au plus tard le {deadline}.
          </>
        )}
      </p>
      <p>
        La convention « Lieu d'information » (article 2) impose cette attestation, signée par une personne habilitée.
      </p>
      <p>
        <a href={signUrl}>Signer l'attestation de destruction</a>
      </p>
    </EmailLayout>
  );
}
