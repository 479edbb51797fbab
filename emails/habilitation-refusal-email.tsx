import { EmailLayout } from "./email-layout";

export function HabilitationRefusalEmail({
  reference,
  cafName,
  reason,
}: {
  reference: string;
  cafName: string;
  reason: string;
}) {
  return (
    <EmailLayout title="Votre demande d'habilitation n'a pas été acceptée">
      <p>Bonjour,</p>
      <p>
        La {cafName} n'a pas donné suite à votre demande d'habilitation <strong>{reference}</strong>, pour le motif
        suivant :
      </p>
      <blockquote
        style={{ borderLeft: "4px solid #000091", margin: "16px 0", padding: "8px 16px", background: "#f6f6f6" }}
      >
        {reason}
      </blockquote>
      <p>Vous pouvez déposer une nouvelle demande ou contacter votre Caf pour en savoir plus.</p>
    </EmailLayout>
  );
}
