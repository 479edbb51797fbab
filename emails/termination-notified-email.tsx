import { EmailLayout } from "./email-layout";
import { formatLongDay } from "@/lib/text/french-dates";

/** To the partner's people: their convention is terminated and ends on a given date. */
export function TerminationNotifiedEmail({
  conventionNumber,
  partnerName,
  cafName,
  endsOn,
  requestedBy,
  reason,
  infoPoint,
}: {
  conventionNumber: string;
  partnerName: string;
  cafName: string;
  endsOn: Date;
  requestedBy: "CAF" | "PARTNER";
  reason: string | null;
  // An information point must still attest it destroyed the families' requests (convention art. 2).
  infoPoint: boolean;
}) {
  return (
    <EmailLayout title="Résiliation de votre convention">
      <p>Bonjour,</p>
      <p>
        La convention <strong>{conventionNumber}</strong> entre {partnerName} et la {cafName} est résiliée à la demande{" "}
        {requestedBy === "CAF" ? `de la ${cafName}` : `de ${partnerName}`}. Elle prendra fin le{" "}
        <strong>{formatLongDay(endsOn, "UTC")}</strong>.
      </p>
      {reason && <p>Motif indiqué : {reason}</p>}
      {infoPoint && (
        <p>
          Votre lieu d'information doit détruire les demandes des familles qu'il détient encore et en attester la
          destruction : envoyez l'attestation signée à la {cafName}, qui l'enregistrera.
        </p>
      )}
      <p>
        Jusqu'à cette date, vos accès à l'espace partenaires restent ouverts et les informations publiées restent en
        ligne. Pour toute question, contactez votre Caf.
      </p>
    </EmailLayout>
  );
}
