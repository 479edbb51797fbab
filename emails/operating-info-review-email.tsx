import { EmailLayout } from "./email-layout";

type Props = {
  facilityName: string;
  cafName: string;
  outcome: "approved" | "rejected";
  reason?: string | null;
  editUrl: string;
};

export function OperatingInfoReviewEmail({ facilityName, cafName, outcome, reason, editUrl }: Props) {
  const approved = outcome === "approved";
  return (
    <EmailLayout
      title={
        approved
          ? `Modalités de fonctionnement publiées : ${facilityName}`
          : `Modalités de fonctionnement refusées : ${facilityName}`
      }
    >
      <p>Bonjour,</p>
      {approved ? (
        <p>
          La {cafName} a validé les modalités de fonctionnement que vous avez soumises pour{" "}
          <strong>{facilityName}</strong> : elles sont désormais publiées sur monenfant.fr.
        </p>
      ) : (
        <>
          <p>
            La {cafName} n'a pas validé les modalités de fonctionnement que vous avez soumises pour{" "}
            <strong>{facilityName}</strong>, pour le motif suivant :
          </p>
          <blockquote
            style={{ borderLeft: "4px solid #000091", margin: "16px 0", padding: "8px 16px", background: "#f6f6f6" }}
          >
            {reason}
          </blockquote>
          <p>La version publiée précédemment reste en ligne. Vous pouvez soumettre une version corrigée.</p>
        </>
      )}
      <p>
        <a href={editUrl}>Ouvrir les modalités de fonctionnement dans votre espace</a>
      </p>
    </EmailLayout>
  );
}
