"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-2xl" role="alert">
      <p className="text-sm text-texte-mention">Erreur inattendue</p>
      <h1 className="text-3xl font-bold">Le service rencontre un problème</h1>
      <p className="mt-4">Nous n'avons pas pu afficher cette page. Vos données n'ont pas été modifiées. Réessayez dans quelques instants.</p>
      <button type="button" className="btn-primary mt-6" onClick={reset}>Réessayer</button>
    </div>
  );
}
