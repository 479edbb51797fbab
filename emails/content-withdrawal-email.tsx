import { EmailLayout } from "./email-layout";

type Props = { facilityName: string; cafName: string; contentLabel: string; reason: string; portalUrl: string };

export function ContentWithdrawalEmail({ facilityName, cafName, contentLabel, reason, portalUrl }: Props) {
  return (
    <EmailLayout title={`Contenu retiré de monenfant.fr : ${facilityName}`}>
      <p>Bonjour,</p>
      <p>
        La {cafName} a retiré du site les <strong>{contentLabel}</strong> publiées pour <strong>{facilityName}</strong>,
        pour le motif suivant :
      </p>
      <blockquote
        style={{ borderLeft: "4px solid #000091", margin: "16px 0", padding: "8px 16px", background: "#f6f6f6" }}
      >
        {reason}
      </blockquote>
      <p>
        Les contenus publiés doivent respecter la convention d'habilitation (pas de publicité déguisée, d'information
        fausse, de propos injurieux ou de propagande). Vous pouvez publier une version corrigée depuis votre espace, ou
        contacter votre Caf.
      </p>
      <p>
        <a href={portalUrl}>Ouvrir mon espace professionnel</a>
      </p>
    </EmailLayout>
  );
}
