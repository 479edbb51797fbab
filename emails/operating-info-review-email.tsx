import { EmailLayout } from "./email-layout";

// A photo is operating information too (SPEC §5): the same review, worded for it.
const WORDING = {
  operatingInfo: {
    title: "Modalités de fonctionnement",
    submitted: "les modalités de fonctionnement que vous avez soumises",
    published: "elles sont désormais publiées",
    previous: "La version publiée précédemment reste en ligne. Vous pouvez soumettre une version corrigée.",
  },
  photo: {
    title: "Photo",
    submitted: "la photo que vous avez envoyée",
    published: "elle est désormais publiée",
    previous: "La photo publiée précédemment, s'il y en a une, reste en ligne. Vous pouvez envoyer une autre photo.",
  },
} as const;
export type ReviewedContent = keyof typeof WORDING;

type Props = {
  content?: ReviewedContent;
  facilityName: string;
  cafName: string;
  outcome: "approved" | "rejected";
  reason?: string | null;
  editUrl: string;
};

/** The subject line of the review e-mail, so that senders and the title never disagree. */
export function reviewEmailSubject(content: ReviewedContent, outcome: Props["outcome"], facilityName: string) {
  const title = WORDING[content].title;
  if (content === "photo") return `${title} ${outcome === "approved" ? "publiée" : "refusée"} : ${facilityName}`;
  return `${title} ${outcome === "approved" ? "publiées" : "refusées"} : ${facilityName}`;
}

export function OperatingInfoReviewEmail({
  content = "operatingInfo",
  facilityName,
  cafName,
  outcome,
  reason,
  editUrl,
}: Props) {
  const approved = outcome === "approved";
  const wording = WORDING[content];
  return (
    <EmailLayout title={reviewEmailSubject(content, outcome, facilityName)}>
      <p>Bonjour,</p>
      {approved ? (
        <p>
          La {cafName} a validé {wording.submitted} pour <strong>{facilityName}</strong> : {wording.published} sur
          monenfant.fr.
        </p>
      ) : (
        <>
          <p>
            La {cafName} n'a pas validé {wording.submitted} pour <strong>{facilityName}</strong>, pour le motif suivant
            :
          </p>
          <blockquote
            style={{ borderLeft: "4px solid #000091", margin: "16px 0", padding: "8px 16px", background: "#f6f6f6" }}
          >
            {reason}
          </blockquote>
          <p>{wording.previous}</p>
        </>
      )}
      <p>
        <a href={editUrl}>Ouvrir les modalités de fonctionnement dans votre espace</a>
      </p>
    </EmailLayout>
  );
}
