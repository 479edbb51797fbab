import type { ReactNode } from "react";

/** What a visitor reads when a page cannot be shown; `children`: what they can do next. */
export function ServerErrorMessage({ children }: { children: ReactNode }) {
  return (
    <div className="max-w-2xl" role="alert">
      <p className="text-sm text-texte-mention">Erreur inattendue</p>
      <h1 className="text-3xl font-bold">Le service rencontre un problème</h1>
      <p className="mt-4">
        Nous n'avons pas pu afficher cette page. Vos données n'ont pas été modifiées. Réessayez dans quelques instants.
      </p>
      {children}
    </div>
  );
}
