import { EmailLayout } from "./email-layout";

export type GeneratedPasswordEmailProps = {
  firstName: string;
  email: string;
  password: string;
  loginUrl: string;
  reason: "activation" | "reset";
};

export function GeneratedPasswordEmail({ firstName, email, password, loginUrl, reason }: GeneratedPasswordEmailProps) {
  const title = reason === "activation" ? "Votre compte est ouvert" : "Votre nouveau mot de passe";
  return (
    <EmailLayout title={title}>
      <p>Bonjour {firstName},</p>
      <p>
        {reason === "activation"
          ? "Votre habilitation personnelle à l'espace partenaires de monenfant.fr est active."
          : "Vous avez demandé un nouveau mot de passe pour l'espace partenaires de monenfant.fr."}
      </p>
      <p>
        Identifiant : <strong>{email}</strong>
        <br />
        Mot de passe provisoire : <strong style={{ fontFamily: "monospace", fontSize: "16px" }}>{password}</strong>
      </p>
      <p>
        Il respecte les majuscules et minuscules. Vous devrez le remplacer par un mot de passe personnel dès votre
        prochaine connexion sur <a href={loginUrl}>{loginUrl}</a>.
      </p>
      <p>Cette habilitation est nominative : ne communiquez jamais votre mot de passe, même à un collègue.</p>
    </EmailLayout>
  );
}
