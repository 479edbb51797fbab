import type { ReactNode } from "react";

const page = {
  fontFamily: "Arial, Helvetica, sans-serif",
  color: "#161616",
  backgroundColor: "#f6f6f6",
  padding: "24px 0",
};
const card = {
  maxWidth: "600px",
  margin: "0 auto",
  backgroundColor: "#ffffff",
  padding: "24px",
  borderTop: "4px solid #000091",
};

export function EmailLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <html lang="fr">
      <head>
        <meta charSet="utf-8" />
        <title>{title}</title>
      </head>
      <body style={page}>
        <div style={card}>
          <p style={{ fontWeight: "bold", color: "#000091", margin: "0 0 16px" }}>monenfant.fr — espace partenaires</p>
          <h1 style={{ fontSize: "20px", margin: "0 0 16px" }}>{title}</h1>
          {children}
          <p style={{ fontSize: "12px", color: "#666666", marginTop: "32px" }}>
            Ce message vous est envoyé automatiquement par monenfant.fr, service de la Caisse nationale des allocations
            familiales. Merci de ne pas y répondre.
          </p>
        </div>
      </body>
    </html>
  );
}
