import { EmailLayout } from "./email-layout";

export function HabilitationChangesRequestedEmail({
  reference,
  cafName,
  message,
  followUpUrl,
}: {
  reference: string;
  cafName: string;
  message: string;
  followUpUrl: string;
}) {
  return (
    <EmailLayout title="Votre demande d'habilitation est à compléter">
      <p>Bonjour,</p>
      <p>
        La {cafName} a besoin de corrections ou de compléments pour instruire votre demande d'habilitation{" "}
        <strong>{reference}</strong> :
      </p>
      <blockquote
        style={{ borderLeft: "4px solid #000091", margin: "16px 0", padding: "8px 16px", background: "#f6f6f6" }}
      >
        {message}
      </blockquote>
      <p>
        Corrigez votre demande puis renvoyez-la depuis votre lien personnel de suivi (il remplace celui de l'accusé de
        réception) : <a href={followUpUrl}>{followUpUrl}</a>
      </p>
      <p>Votre demande n'est pas perdue : il suffit de la corriger, sans recommencer.</p>
    </EmailLayout>
  );
}
