"use client";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body style={{ fontFamily: "Arial, sans-serif", padding: "2rem" }}>
        <h1>Le service rencontre un problème</h1>
        <p>Nous n'avons pas pu afficher cette page. Réessayez dans quelques instants.</p>
        <button type="button" onClick={reset}>
          Réessayer
        </button>
      </body>
    </html>
  );
}
