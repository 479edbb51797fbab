import { EmailLayout } from "./email-layout";
import { formatLongDay } from "@/lib/text/french-dates";

/** To the partner's people: their convention has ended and the access it gave is closed. */
export function ConventionTerminatedEmail({
  conventionNumber,
  partnerName,
  cafName,
  endedOn,
  reason,
  infoPoint,
}: {
  conventionNumber: string;
  partnerName: string;
  cafName: string;
  endedOn: Date;
  reason: string | null;
  // An information point must still attest it destroyed the families' requests (convention art. 2).
  infoPoint: boolean;
}) {
  return (
    <EmailLayout title="Fin de votre convention">
      <p>Bonjour,</p>
      <p>
        La convention <strong>{conventionNumber}</strong> entre {partnerName} et la {cafName} a pris fin le{" "}
        <strong>{formatLongDay(endedOn)}</strong>.
      </p>
      {reason && <p>Motif de la résiliation : {reason}</p>}
      <p>
        Les accès à l'espace partenaires ouverts au titre de cette convention sont fermés : vous ne pouvez plus publier
        pour les structures ou les communes qu'elle couvrait. Une personne habilitée par une autre convention en vigueur
        garde les accès que celle-ci lui donne.
      </p>
      {infoPoint && (
        <p>
          Votre lieu d'information doit détruire les demandes des familles qu'il détient encore et en attester la
          destruction : envoyez l'attestation signée à la {cafName}, qui l'enregistrera.
        </p>
      )}
      <p>Pour conclure une nouvelle convention, contactez votre Caf.</p>
    </EmailLayout>
  );
}
