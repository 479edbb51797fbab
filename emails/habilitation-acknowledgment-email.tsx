import { EmailLayout } from "./email-layout";

export type HabilitationAcknowledgmentEmailProps = {
  reference: string;
  cafName: string;
  legalName: string;
  peopleCount: number;
  scopeSummary: string;
  followUpUrl: string;
};

export function HabilitationAcknowledgmentEmail({
  reference,
  cafName,
  legalName,
  peopleCount,
  scopeSummary,
  followUpUrl,
}: HabilitationAcknowledgmentEmailProps) {
  return (
    <EmailLayout title="Votre demande d'habilitation est bien reçue">
      <p>Bonjour,</p>
      <p>
        La demande d'habilitation informatique de <strong>{legalName}</strong> a été transmise à la {cafName}.
      </p>
      <p>
        Numéro de référence : <strong>{reference}</strong>
        <br />
        Personnes à habiliter : {peopleCount}
        <br />
        {scopeSummary}
      </p>
      <p>
        La Caf va instruire votre demande puis vous adresser par courrier la convention à signer. Rappelez ce numéro de
        référence dans tout échange avec elle.
      </p>
      <p>
        Suivez votre demande, échangez avec la Caf et corrigez-la si elle vous demande des compléments, depuis votre
        lien personnel : <a href={followUpUrl}>{followUpUrl}</a>
      </p>
      <p>Ce lien est personnel : ne le transmettez pas.</p>
    </EmailLayout>
  );
}
