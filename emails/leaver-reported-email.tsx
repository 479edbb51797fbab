import { EmailLayout } from "./email-layout";

/** To the Caf: a partner reported that a habilitated person left; the avenant removing them is due. */
export function LeaverReportedEmail({
  conventionNumber,
  partnerName,
  personName,
  reason,
  conventionUrl,
}: {
  conventionNumber: string;
  partnerName: string;
  personName: string;
  reason: string;
  conventionUrl: string;
}) {
  return (
    <EmailLayout title="Départ d'une personne habilitée">
      <p>Bonjour,</p>
      <p>
        {partnerName} signale le départ de <strong>{personName}</strong>, habilité(e) au titre de la convention{" "}
        <strong>{conventionNumber}</strong>. Son accès à l'espace partenaires est suspendu depuis ce signalement.
      </p>
      <p>Motif indiqué : {reason}</p>
      <p>
        Il reste à produire l'avenant qui retire cette personne de l'annexe 1 :{" "}
        <a href={conventionUrl}>{conventionUrl}</a>.
      </p>
    </EmailLayout>
  );
}
