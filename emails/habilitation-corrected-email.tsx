import { EmailLayout } from "./email-layout";

export function HabilitationCorrectedEmail({
  reference,
  legalName,
  url,
}: {
  reference: string;
  legalName: string;
  url: string;
}) {
  return (
    <EmailLayout title="Demande d'habilitation corrigée">
      <p>
        <strong>{legalName}</strong> a corrigé sa demande d'habilitation <strong>{reference}</strong> comme vous le lui
        aviez demandé. Elle est de nouveau en cours d'instruction.
      </p>
      <p>
        Les changements sont indiqués sur la demande : <a href={url}>{url}</a>
      </p>
    </EmailLayout>
  );
}
