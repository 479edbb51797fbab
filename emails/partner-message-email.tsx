import { EmailLayout } from "./email-layout";

/** To the Caf: a partner wrote (a reply in a thread, or an ask for a change of its convention). */
export function PartnerMessageEmail({
  title,
  intro,
  body,
  url,
}: {
  title: string;
  intro: string;
  body: string;
  url: string;
}) {
  return (
    <EmailLayout title={title}>
      <p>{intro}</p>
      <blockquote
        style={{ borderLeft: "4px solid #000091", margin: "16px 0", padding: "8px 16px", background: "#f6f6f6" }}
      >
        {body}
      </blockquote>
      <p>
        Pour y donner suite : <a href={url}>{url}</a>
      </p>
    </EmailLayout>
  );
}
