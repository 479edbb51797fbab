import { EmailLayout } from "./email-layout";

export function CafMessageEmail({ body, answerWhere }: { body: string; answerWhere: string }) {
  return (
    <EmailLayout title="Un message de votre Caf">
      <p>Bonjour,</p>
      <p>Votre Caf vous écrit :</p>
      <blockquote
        style={{ borderLeft: "4px solid #000091", margin: "16px 0", padding: "8px 16px", background: "#f6f6f6" }}
      >
        {body}
      </blockquote>
      <p>{answerWhere}</p>
    </EmailLayout>
  );
}
